// Tweet chats: the list (upcoming, live, past, templates), the set-up form, and the chat itself.
import { useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { Settings } from '../../../shared/settings';
import { ChatForm } from './ChatForm';
import { ChatList } from './ChatList';
import { ChatRoom } from './ChatRoom';
import type { PlanDraft } from './plan-form';
import './chat.css';
import '../columns/columns.css';
import '../compose/compose.css';

type Screen = { kind: 'list' } | { kind: 'form'; chatId?: string; draft: PlanDraft } | { kind: 'chat'; id: string };

interface ChatsViewProps {
  accounts: AccountSummary[];
  settings: Pick<Settings, 'timeZone' | 'locale'>;
  /** A chat to open at once (from a chat's post in the Schedule). */
  openChatId?: string | null;
}

export function ChatsView({ accounts, settings, openChatId }: ChatsViewProps): React.JSX.Element {
  const [screen, setScreen] = useState<Screen>(openChatId ? { kind: 'chat', id: openChatId } : { kind: 'list' });
  const toList = (): void => setScreen({ kind: 'list' });
  switch (screen.kind) {
    case 'list':
      return (
        <ChatList
          accounts={accounts}
          settings={settings}
          onOpen={(id) => setScreen({ kind: 'chat', id })}
          onPlan={(draft, chatId) => setScreen({ kind: 'form', draft, ...(chatId ? { chatId } : {}) })}
        />
      );
    case 'form':
      return (
        <ChatForm
          key={screen.chatId ?? 'new'}
          accounts={accounts}
          settings={settings}
          initial={screen.draft}
          {...(screen.chatId ? { chatId: screen.chatId } : {})}
          onDone={(id) => (id ? setScreen({ kind: 'chat', id }) : toList())}
          onCancel={toList}
        />
      );
    case 'chat':
      return <ChatRoom key={screen.id} id={screen.id} accounts={accounts} settings={settings} onBack={toList} onEdit={(draft) => setScreen({ kind: 'form', chatId: screen.id, draft })} onOpen={(id) => setScreen({ kind: 'chat', id })} />;
  }
}
