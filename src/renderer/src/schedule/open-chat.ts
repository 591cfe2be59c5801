// How a chat's post in the Schedule opens its chat (in the Chats view), without passing it through every list.
import { createContext, useContext } from 'react';

export const OpenChatContext = createContext<((chatId: string) => void) | null>(null);

export function useOpenChat(): ((chatId: string) => void) | null {
  return useContext(OpenChatContext);
}
