// The chat at a glance: name, hashtag, host, state, where the timetable stands, and how fast the
// hashtag column can refresh within the search rate budget (visible, as X counts it).
import { useEffect, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { Chat, ChatBudget } from '../../../shared/chat';
import type { ColumnStatus } from '../../../shared/columns';
import { AccountIdentity } from '../accounts/AccountIdentity';
import { refreshText } from '../columns/refresh-status';
import { useNow } from '../hooks/useNow';
import { chatProgress, clockSeconds, clockTime, STATE_LABELS } from './chat-time';
import { coreNow } from '../core-clock';

interface ChatHeaderProps {
  chat: Chat;
  host: AccountSummary | undefined;
  refresh: ColumnStatus | null;
  budget: ChatBudget | null;
  locale: string;
  timeZone: string;
  actions: React.ReactNode;
  onBack: () => void;
}

function useSecondTicker(on: boolean): Date {
  const [now, setNow] = useState(() => new Date(coreNow()));
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => setNow(new Date(coreNow())), 1000);
    return () => clearInterval(timer);
  }, [on]);
  return now;
}

function intervalText(ms: number): string {
  if (ms < 60_000) return `every ${Math.max(1, Math.round(ms / 1000))} s`;
  return `every ${Math.round(ms / 60_000)} min`;
}

/**
 * "Refreshes in 4 s", or why it waits. A countdown longer than the interval beside it would
 * contradict it ("every 9 s · in 22 s"), and cannot be right by this window's clock when the core's
 * clock runs ahead (accelerated tests and demos): then the last refresh is named instead.
 */
function nextRefreshText(refresh: ColumnStatus | null, budget: ChatBudget | null, now: Date, locale: string, timeZone: string): string {
  if (!refresh) return 'Not refreshed yet';
  if (refresh.waiting) return refresh.waiting;
  const ahead = refresh.nextRefreshAt ? Date.parse(refresh.nextRefreshAt) - now.getTime() : 0;
  if (budget && ahead > budget.intervalMs + 1_500 && refresh.lastRefreshedAt) return `last refreshed ${clockSeconds(refresh.lastRefreshedAt, locale, timeZone)}`;
  return refreshText(refresh, now);
}

function BudgetLine({ chat, refresh, budget, locale, timeZone }: Pick<ChatHeaderProps, 'chat' | 'refresh' | 'budget' | 'locale' | 'timeZone'>): React.JSX.Element {
  const polling = chat.state === 'scheduled' || chat.state === 'live';
  const now = useSecondTicker(polling);
  if (chat.state === 'ended') return <span className="chat-budget">Ended: the hashtag column has stopped reading; every post stays here.</span>;
  if (!chat.columnId) return <span className="chat-budget">The hashtag column starts when the chat is scheduled.</span>;
  const left = budget && budget.limit !== null && budget.remaining !== null;
  const low = left && budget.limit ? (budget.remaining ?? 0) / budget.limit < 0.1 : false;
  return (
    <span className="chat-budget" data-testid="chat-budget">
      <span className={`chat-budget__meter${low ? ' chat-budget__meter--low' : ''}`}>
        Search budget:{' '}
        {left ? (
          <>
            <strong>
              {budget.remaining} of {budget.limit}
            </strong>{' '}
            left{budget.resetAt ? `, resets ${clockTime(budget.resetAt, locale, timeZone)}` : ''}
          </>
        ) : (
          'not read yet'
        )}
      </span>
      {budget && !refresh?.waiting && <span> · refreshes {intervalText(budget.intervalMs)}</span>}
      {polling && <span> · {nextRefreshText(refresh, budget, now, locale, timeZone)}</span>}
    </span>
  );
}

export function ChatHeader({ chat, host, refresh, budget, locale, timeZone, actions, onBack }: ChatHeaderProps): React.JSX.Element {
  const now = useNow();
  return (
    <header className={`chat-head chat-head--${chat.state}`}>
      <div className="chat-head__top">
        <button type="button" className="button button--small button--quiet" onClick={onBack}>
          ← All chats
        </button>
        <h1 id="chat-heading" className="chat-head__title">
          {chat.name} <span className="chat-head__tag">{chat.hashtag}</span>
        </h1>
        <span className={`chat-state chat-state--${chat.state}`} data-testid="chat-state">
          {STATE_LABELS[chat.state]}
        </span>
        <div className="chat-head__actions">{actions}</div>
      </div>
      <div className="chat-head__info">
        {host ? <AccountIdentity account={host} /> : <span>Host account removed</span>}
        <p className="chat-head__progress" data-testid="chat-progress">
          {chatProgress(chat, now, locale, timeZone)}
        </p>
        <BudgetLine chat={chat} refresh={refresh} budget={budget} locale={locale} timeZone={timeZone} />
      </div>
      {(chat.cohosts.length > 0 || chat.guests.length > 0) && (
        <p className="chat-head__people">
          {chat.cohosts.length > 0 && (
            <span>
              <span className="role-badge role-badge--cohost">Co-hosts</span> {chat.cohosts.map((handle) => `@${handle}`).join(', ')}
            </span>
          )}
          {chat.guests.length > 0 && (
            <span>
              <span className="role-badge role-badge--guest">Guests</span> {chat.guests.map((handle) => `@${handle}`).join(', ')}
            </span>
          )}
        </p>
      )}
    </header>
  );
}
