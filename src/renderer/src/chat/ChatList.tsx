// Every chat by when it happens (live first, then upcoming, then past), with the ways to start one:
// a new plan, a saved template, or — with training accounts — a whole simulated chat to practise on.
// Each planned chat can be rehearsed in training; its rehearsals are listed under it, not as chats.
import { useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ChatSummary, ChatTemplate } from '../../../shared/chat';
import type { Settings } from '../../../shared/settings';
import { AccountAvatar } from '../accounts/AccountAvatar';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { formatDateTime } from '../format';
import { useNow } from '../hooks/useNow';
import { STATE_LABELS } from './chat-time';
import { RehearseControl } from './RehearseControl';
import { defaultChatStart, draftFromTemplate, emptyDraft, type PlanDraft } from './plan-form';
import { useChatList } from './useChatList';

interface ChatListProps {
  accounts: AccountSummary[];
  settings: Pick<Settings, 'timeZone' | 'locale'>;
  onOpen: (id: string) => void;
  onPlan: (draft: PlanDraft, chatId?: string) => void;
}

/** The host a new plan starts with: a corporate account first (chats are hosted by organisations). */
export function defaultHost(accounts: AccountSummary[]): string {
  const usable = accounts.filter((account) => account.status !== 'needs_reauth');
  return (usable.find((account) => account.kind === 'corporate') ?? usable[0] ?? accounts[0])?.id ?? '';
}

function groupOf(chat: ChatSummary): 'live' | 'upcoming' | 'past' {
  if (chat.state === 'live') return 'live';
  if (chat.state === 'draft' || chat.state === 'scheduled') return 'upcoming';
  return 'past';
}

const GROUPS = [
  { key: 'live', title: 'Live now' },
  { key: 'upcoming', title: 'Upcoming and drafts' },
  { key: 'past', title: 'Past' },
] as const;

export function ChatList({ accounts, settings, onOpen, onPlan }: ChatListProps): React.JSX.Element {
  const lists = useChatList();
  const now = useNow();
  const [status, setStatus] = useState('');
  const [practising, setPractising] = useState(false);
  const hasTraining = accounts.some((account) => account.training);
  const accountOf = (id: string): AccountSummary | undefined => accounts.find((account) => account.id === id);
  const newDraft = (): PlanDraft => emptyDraft(defaultHost(accounts), defaultChatStart(now, settings.timeZone));

  const practise = (): void => {
    setPractising(true);
    setStatus('Setting up a practice chat…');
    getApi()
      .call('chat.practice', {})
      .then((chat) => onOpen(chat.id))
      .catch((cause: unknown) => {
        setStatus(`Could not start a practice chat: ${errorMessage(cause)}`);
        setPractising(false);
      });
  };

  const removeTemplate = (template: ChatTemplate): void => {
    getApi()
      .call('chat.deleteTemplate', { id: template.id })
      .then((templates) => {
        lists.setTemplates(templates);
        setStatus(`Deleted the template “${template.name}”.`);
      })
      .catch((cause: unknown) => setStatus(`Could not delete the template: ${errorMessage(cause)}`));
  };

  const sorted = [...lists.chats].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const ids = new Set(lists.chats.map((chat) => chat.id));
  // A rehearsal is listed under its chat (newest first); one whose chat was deleted stands alone.
  const rehearsalsOf = (id: string): ChatSummary[] => sorted.filter((chat) => chat.rehearsalOf === id).reverse();
  const listed = sorted.filter((chat) => chat.rehearsalOf === null || !ids.has(chat.rehearsalOf));
  return (
    <main className="chats" aria-labelledby="chats-heading" data-testid="chats">
      <header className="chats__header">
        <div>
          <h1 id="chats-heading">Tweet chats</h1>
          <p className="hint">Plan the questions, host live, moderate, and export the transcript. Times in {settings.timeZone}.</p>
        </div>
        <div className="chats__actions">
          <button type="button" className="button button--primary" onClick={() => onPlan(newDraft())}>
            New chat
          </button>
          {hasTraining && (
            <button type="button" className="button" disabled={practising} onClick={practise}>
              Practise a tweet chat
            </button>
          )}
        </div>
      </header>
      <p className="chats__status" role="status">
        {status}
      </p>
      {lists.error && (
        <p className="field-error" role="alert">
          {lists.error}
        </p>
      )}
      {!lists.loading && lists.chats.length === 0 && (
        <div className="chats__empty">
          <p>No chats yet.</p>
          <p className="hint">
            {hasTraining
              ? '“Practise a tweet chat” runs a whole simulated chat in the training sandbox: questions go out on a timetable and the community answers.'
              : 'Plan one with “New chat”.'}
          </p>
        </div>
      )}
      {GROUPS.map(({ key, title }) => {
        const chats = listed.filter((chat) => groupOf(chat) === key);
        if (key === 'past') chats.reverse();
        if (chats.length === 0) return null;
        return (
          <section key={key} className="chats__group" aria-labelledby={`chats-${key}`}>
            <h2 id={`chats-${key}`}>{title}</h2>
            <ul className="chats__list">
              {chats.map((chat) => {
                const host = accountOf(chat.hostAccountId);
                return (
                  <li key={chat.id} className={`chat-card chat-card--${chat.state}`} style={{ '--account-colour': host?.colour ?? '#425563' } as React.CSSProperties}>
                    <button type="button" className="chat-card__open" onClick={() => onOpen(chat.id)} aria-label={`Open ${chat.name} (${chat.hashtag}), ${STATE_LABELS[chat.state]}`}>
                      <span className="chat-card__top">
                        <span className="chat-card__name">{chat.name}</span>
                        <span className={`chat-state chat-state--${chat.state}`}>{STATE_LABELS[chat.state]}</span>
                      </span>
                      <span className="chat-card__tag">{chat.hashtag}</span>
                      <span className="chat-card__meta">
                        {host && <AccountAvatar account={host} />}
                        <span>@{host?.handle ?? 'removed account'}</span>
                        <span aria-hidden="true">·</span>
                        <span>{formatDateTime(new Date(chat.startsAt), settings.locale, settings.timeZone)}</span>
                        <span aria-hidden="true">·</span>
                        <span>
                          {chat.durationMinutes} min, {chat.questionCount} {chat.questionCount === 1 ? 'question' : 'questions'}
                        </span>
                        {chat.postCount > 0 && (
                          <>
                            <span aria-hidden="true">·</span>
                            <span>{chat.postCount} posts</span>
                          </>
                        )}
                      </span>
                    </button>
                    {chat.rehearsalOf === null && chat.state !== 'cancelled' && <RehearseControl chatId={chat.id} chatName={chat.name} label="Rehearse" onOpen={onOpen} />}
                    <RehearsalLinks rehearsals={rehearsalsOf(chat.id)} settings={settings} onOpen={onOpen} />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <section className="chats__group" aria-labelledby="chats-templates">
        <h2 id="chats-templates">Templates</h2>
        {lists.templates.length === 0 ? (
          <p className="hint">Save a plan as a template from the set-up form to run the same chat again.</p>
        ) : (
          <ul className="templates">
            {lists.templates.map((template) => (
              <li key={template.id} className="template">
                <div className="template__what">
                  <span className="template__name">{template.name}</span>
                  <span className="hint">
                    {template.hashtag} · {template.durationMinutes} min · {template.questions.length} {template.questions.length === 1 ? 'question' : 'questions'}
                  </span>
                </div>
                <div className="template__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Use the template ${template.name}`}
                    onClick={() => onPlan(draftFromTemplate(template, defaultHost(accounts), defaultChatStart(now, settings.timeZone)))}
                  >
                    Use
                  </button>
                  <button type="button" className="button button--small button--quiet" aria-label={`Delete the template ${template.name}`} onClick={() => removeTemplate(template)}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

function RehearsalLinks({ rehearsals, settings, onOpen }: { rehearsals: ChatSummary[]; settings: ChatListProps['settings']; onOpen: (id: string) => void }): React.JSX.Element | null {
  if (rehearsals.length === 0) return null;
  return (
    <ul className="rehearsals" aria-label="Rehearsals">
      {rehearsals.map((rehearsal) => (
        <li key={rehearsal.id}>
          <button type="button" className="rehearsals__open" onClick={() => onOpen(rehearsal.id)}>
            {rehearsal.name}
          </button>
          <span className={`chat-state chat-state--${rehearsal.state}`}>{STATE_LABELS[rehearsal.state]}</span>
          <span className="hint">
            {formatDateTime(new Date(rehearsal.startsAt), settings.locale, settings.timeZone)}
            {rehearsal.postCount > 0 ? ` · ${rehearsal.postCount} posts` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
