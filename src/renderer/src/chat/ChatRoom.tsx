// A chat, live or not: the header with the timetable and rate budget, the live stream (with its
// "N new" bar), the posts by question, the post box and the moderation lane; the report after.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { Settings } from '../../../shared/settings';
import type { ColumnItem } from '../../../shared/columns';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import type { ItemCommand } from '../columns/item-actions';
import { useNow } from '../hooks/useNow';
import { clockTime } from './chat-time';
import { ChatHeader } from './ChatHeader';
import { ChatStream } from './ChatStream';
import { ModerationLane } from './ModerationLane';
import { draftFromChat, type PlanDraft } from './plan-form';
import { PostBox, type Target } from './PostBox';
import { QuestionBoard } from './QuestionBoard';
import { RehearseControl } from './RehearseControl';
import { ReportPanel } from './ReportPanel';
import { useChat } from './useChat';
import { useChatActions } from './useChatActions';
import { useChatFeed } from './useChatFeed';
import { useHostConfirmation } from './useHostConfirmation';
import { useScheduleChat } from './useScheduleChat';

interface ChatRoomProps {
  id: string;
  accounts: AccountSummary[];
  settings: Pick<Settings, 'timeZone' | 'locale'>;
  onBack: () => void;
  onEdit: (draft: PlanDraft) => void;
  /** Opens another chat's room (a rehearsal, or a rehearsal's real chat). */
  onOpen: (id: string) => void;
}

export function ChatRoom({ id, accounts, settings, onBack, onEdit, onOpen }: ChatRoomProps): React.JSX.Element {
  const { chat, error, setChat } = useChat(id);
  if (error) {
    return (
      <main className="chats" aria-labelledby="chat-heading">
        <h1 id="chat-heading">Chat</h1>
        <p className="field-error" role="alert">
          {error}
        </p>
        <button type="button" className="button" onClick={onBack}>
          Back to chats
        </button>
      </main>
    );
  }
  if (!chat) return <main className="chats" aria-busy="true" aria-label="Loading the chat" />;
  return <LoadedChat chat={chat} accounts={accounts} settings={settings} onBack={onBack} onEdit={onEdit} onOpen={onOpen} onChat={setChat} />;
}

interface LoadedChatProps extends Omit<ChatRoomProps, 'id'> {
  chat: NonNullable<ReturnType<typeof useChat>['chat']>;
  onChat: (chat: LoadedChatProps['chat']) => void;
}

function LoadedChat({ chat, accounts, settings, onBack, onEdit, onOpen, onChat }: LoadedChatProps): React.JSX.Element {
  const { locale, timeZone } = settings;
  const now = useNow();
  const host = accounts.find((account) => account.id === chat.hostAccountId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [target, setTarget] = useState<Target | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const [reportOpen, setReportOpen] = useState(false);
  const { confirmThenSend, dialog: confirmation } = useHostConfirmation();
  const scheduler = useScheduleChat(accounts, settings, onChat);

  const atTop = useCallback(() => (scrollRef.current?.scrollTop ?? 0) < 8, []);
  const feed = useChatFeed(chat.id, chat.columnId, atTop);
  const newestFirst = useMemo(() => [...feed.entries].reverse(), [feed.entries]);

  const toBox = useCallback((item: ColumnItem, kind: 'reply' | 'quote') => {
    setTarget({ kind, item });
    requestAnimationFrame(() => boxRef.current?.focus());
  }, []);
  const mention = useCallback((handle: string) => {
    setTarget(null);
    setText((current) => (current.includes(`@${handle}`) ? current : `@${handle} ${current}`));
    requestAnimationFrame(() => {
      const box = boxRef.current;
      box?.focus();
      box?.setSelectionRange(box.value.length, box.value.length);
    });
  }, []);
  const actions = useChatActions(host, chat.hostAccountId, toBox, feed.replaceItem);
  // Hidden replies as the core keeps them (the item's state), so they stay marked after a restart.
  const hidden = useMemo(() => new Set(feed.all.filter((entry) => entry.item.state.hidden).map((entry) => entry.item.id)), [feed.all]);
  const run = useCallback(
    (item: ColumnItem, command: ItemCommand) => {
      if (command === 'handled' && !item.handled) setAnnouncement(`Marked the post by @${item.author.handle} handled.`);
      actions.run(item, command);
    },
    [actions],
  );

  const call = (work: () => Promise<void>, failure: string): void => {
    setBusy(true);
    work()
      .catch((cause: unknown) => setAnnouncement(`${failure}: ${errorMessage(cause)}`))
      .finally(() => setBusy(false));
  };
  const cancel = (): void =>
    call(async () => {
      onChat(await getApi().call('chat.cancel', { id: chat.id }));
      setAnnouncement('Chat cancelled: its unsent posts are out of the queue.');
    }, 'Could not cancel');
  const remove = (): void =>
    call(async () => {
      await getApi().call('chat.delete', { id: chat.id });
      onBack();
    }, 'Could not delete');
  const schedule = (): void =>
    call(async () => {
      const outcome = await scheduler.schedule(chat);
      setAnnouncement(outcome === 'sent' ? 'Scheduled.' : 'Not scheduled.');
    }, 'Could not schedule');

  // "Don't ask again for this chat": core holds the grant; "Ask again" revokes it.
  const askAgain = (grantId: string): void =>
    call(async () => {
      onChat(await getApi().call('chat.revokeGrant', { id: grantId }));
      setAnnouncement('Posts from this chat ask for confirmation again.');
    }, 'Could not revoke');
  const grant = chat.postingGrant;

  const editable = chat.state === 'draft' || chat.state === 'scheduled';
  const headerActions = (
    <>
      {grant && (
        <span className="chat-head__grant" data-testid="posting-grant">
          Posting without asking until {clockTime(grant.expiresAt, locale, timeZone)} ·{' '}
          <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => askAgain(grant.id)}>
            Ask again
          </button>
        </span>
      )}
      {editable && (
        <button type="button" className="button button--small" onClick={() => onEdit(draftFromChat(chat))}>
          Edit plan
        </button>
      )}
      {chat.state === 'draft' && (
        <button type="button" className="button button--small button--primary" disabled={busy} onClick={schedule}>
          Schedule{host ? ` as @${host.handle}` : ''}
        </button>
      )}
      {(chat.state === 'scheduled' || chat.state === 'live') && (
        <button type="button" className="button button--small button--danger" disabled={busy} onClick={cancel}>
          Cancel chat
        </button>
      )}
      {(chat.state === 'draft' || chat.state === 'ended' || chat.state === 'cancelled') && (
        <button type="button" className="button button--small button--quiet" disabled={busy} onClick={remove}>
          Delete
        </button>
      )}
    </>
  );

  const showReport = chat.state === 'ended' || (chat.state !== 'draft' && feed.all.length > 0);
  return (
    <main className={`chat-room chat-room--${chat.state}`} aria-labelledby="chat-heading" data-testid="chat-room" data-chat-id={chat.id}>
      <ChatHeader chat={chat} host={host} refresh={feed.refresh} budget={feed.budget} locale={locale} timeZone={timeZone} actions={headerActions} onBack={onBack} />
      {chat.rehearsalOf !== undefined ? (
        <div className="chat-head__rehearsal" data-testid="rehearsal-banner">
          <span>A rehearsal in the training sandbox: the community answers your questions; your real chat is not touched.</span>{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => onOpen(chat.rehearsalOf as string)}>
            Open the real chat
          </button>
          <RehearseControl chatId={chat.id} chatName={chat.name} label="Rehearse again" onOpen={onOpen} />
        </div>
      ) : (
        chat.state !== 'cancelled' && <RehearseControl chatId={chat.id} chatName={chat.name} label="Rehearse in training" onOpen={onOpen} />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {chat.state === 'ended' && <ReportPanel chat={chat} version={feed.all.length} />}
      <div className="chat-room__panes">
        <ChatStream
          entries={newestFirst}
          held={feed.held}
          scrollRef={scrollRef}
          host={host}
          now={now}
          locale={locale}
          timeZone={timeZone}
          notes={actions.notes}
          hidden={hidden}
          loading={feed.loading}
          error={feed.error}
          onShowNew={feed.showNew}
          onCommand={run}
          onCopyLink={actions.copyLink}
          onMention={mention}
        />
        <QuestionBoard
          chat={chat}
          entries={feed.all}
          now={now}
          locale={locale}
          timeZone={timeZone}
          hidden={hidden}
          notes={actions.notes}
          onReply={(item) => run(item, 'reply')}
          onLike={(item) => run(item, 'like')}
          onRepost={(item) => run(item, 'repost')}
          onMention={mention}
        />
        <div className="chat-room__side">
          <PostBox ref={boxRef} chat={chat} host={host} accounts={accounts} text={text} target={target} onText={setText} onTarget={setTarget} confirmThenSend={confirmThenSend} />
          <ModerationLane entries={feed.all} host={host} now={now} hidden={hidden} notes={actions.notes} onCommand={run} onUnhide={actions.unhide} onReply={(item) => run(item, 'reply')} />
        </div>
      </div>
      {showReport && chat.state !== 'ended' && (
        <details className="chat-room__report" onToggle={(event) => setReportOpen(event.currentTarget.open)}>
          <summary>Report so far and transcript export</summary>
          {reportOpen && <ReportPanel chat={chat} version={feed.all.length} />}
        </details>
      )}
      {confirmation}
      {scheduler.dialog}
    </main>
  );
}
