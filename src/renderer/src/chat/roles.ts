// How a chat post is labelled: who wrote it (host, co-host, guest) and what it is (Q2, A2, reply).
import type { ChatEntry, ChatRole } from '../../../shared/chat';

export const ROLE_LABELS: Record<ChatRole, string | null> = {
  host: 'Host',
  cohost: 'Co-host',
  guest: 'Guest',
  participant: null,
};

export function kindLabel(entry: ChatEntry): string | null {
  const q = entry.question;
  switch (entry.kind) {
    case 'welcome':
      return 'Welcome';
    case 'closing':
      return 'Closing';
    case 'question':
      return q ? `Q${q}` : 'Question';
    case 'answer':
      return q ? `A${q}` : 'Answer';
    case 'reply':
      return q ? `Reply · Q${q}` : 'Reply';
    case 'other':
      return null;
  }
}
