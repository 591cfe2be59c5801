// The chats and templates the list shows, kept current by chat.changed.
import { useCallback, useEffect, useState } from 'react';
import type { ChatSummary, ChatTemplate } from '../../../shared/chat';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';

export interface ChatLists {
  chats: ChatSummary[];
  templates: ChatTemplate[];
  error: string | null;
  loading: boolean;
  reload: () => void;
  setChats: (chats: ChatSummary[]) => void;
  setTemplates: (templates: ChatTemplate[]) => void;
}

export function useChatList(): ChatLists {
  const [chats, setChats] = useState<ChatSummary[]>([]);
  const [templates, setTemplates] = useState<ChatTemplate[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(() => {
    const api = getApi();
    Promise.all([api.call('chat.list'), api.call('chat.templates')])
      .then(([listed, saved]) => {
        setChats(listed);
        setTemplates(saved);
        setError(null);
      })
      .catch((cause: unknown) => setError(errorMessage(cause)))
      .finally(() => setLoading(false));
  }, []);

  useEffect(() => {
    reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Several chats can change in one burst (a chat going live changes every post): read once after.
    const off = getApi().on('chat.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(reload, 300);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [reload]);

  return { chats, templates, error, loading, reload, setChats, setTemplates };
}
