// One chat, kept current by chat.changed (plan, state and post statuses).
import { useEffect, useState } from 'react';
import type { Chat } from '../../../shared/chat';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';

export function useChat(id: string): { chat: Chat | null; error: string | null; setChat: (chat: Chat) => void } {
  const [chat, setChat] = useState<Chat | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const api = getApi();
    api
      .call('chat.get', { id })
      .then((value) => !cancelled && setChat(value))
      .catch((cause: unknown) => !cancelled && setError(errorMessage(cause)));
    const off = api.on('chat.changed', (changed) => {
      if (changed.id === id) setChat(changed);
    });
    return () => {
      cancelled = true;
      off();
    };
  }, [id]);
  return { chat, error, setChat };
}
