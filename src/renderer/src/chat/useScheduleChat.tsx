// Scheduling a chat queues its welcome, questions and closing from the host: a host that asks for
// confirmation is confirmed first, in large type, naming the account.
import { useCallback } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import { questionText, withHashtag, type Chat } from '../../../shared/chat';
import type { Settings } from '../../../shared/settings';
import { getApi } from '../api';
import { formatInstant } from '../compose/local-time';
import { clockTime } from './chat-time';
import { useHostConfirmation } from './useHostConfirmation';

export function useScheduleChat(
  accounts: AccountSummary[],
  settings: Pick<Settings, 'timeZone' | 'locale'>,
  onScheduled?: (chat: Chat) => void,
): { schedule: (chat: Chat) => Promise<'sent' | 'cancelled'>; dialog: React.JSX.Element | null } {
  const { confirmThenSend, dialog } = useHostConfirmation();
  const schedule = useCallback(
    (chat: Chat) => {
      const host = accounts.find((account) => account.id === chat.hostAccountId);
      const first = chat.welcome ? withHashtag(chat.welcome, chat.hashtag) : questionText(1, chat.questions[0]?.text ?? '', chat.hashtag);
      const end = new Date(Date.parse(chat.startsAt) + chat.durationMinutes * 60_000).toISOString();
      const parts = [chat.welcome ? 'the welcome' : '', `${chat.questions.length} ${chat.questions.length === 1 ? 'question' : 'questions'}`, chat.closing ? 'the closing post' : ''].filter(Boolean);
      const posts = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}` : (parts[0] ?? '');
      return confirmThenSend({
        account: host,
        text: first,
        verb: 'Schedule the chat',
        when: `${posts.charAt(0).toUpperCase()}${posts.slice(1)} go out from ${formatInstant(chat.startsAt, settings.timeZone, settings.locale)} to ${clockTime(end, settings.locale, settings.timeZone)}.`,
        send: async (confirmedAccountIds) => {
          const scheduled = await getApi().call('chat.schedule', { id: chat.id, confirmedAccountIds });
          onScheduled?.(scheduled);
        },
      });
    },
    [accounts, settings.timeZone, settings.locale, confirmThenSend, onScheduled],
  );
  return { schedule, dialog };
}
