// The notice after "Post now": "Posting as @x…" turns into "Posted ✓ as @x — View post" when X
// answers, or says what failed and what to do. View post opens a live account's post on x.com and
// a training account's inside the app. It stays until dismissed (× or Escape) when something went
// wrong; a success leaves by itself after a while unless the pointer or focus is on it.
import { useEffect, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { QueuedPost } from '../../../shared/queue';
import { postTarget } from '../columns/in-app-view';
import { openTarget } from '../columns/open-target';
import { dialogIsOpen } from '../columns/typing-target';
import { postOutcome, type PostOutcome } from './post-outcome';
import { usePostOutcome } from './usePostOutcome';
import './post-outcome.css';

const SUCCESS_SHOWN_MS = 30_000;

interface PostOutcomeNoticeProps {
  accounts: AccountSummary[];
  locale: string;
  timeZone: string;
  /** Where failed and held posts wait for a decision. */
  onOpenSchedule: () => void;
}

function ViewPost({ post, outcome, account }: { post: QueuedPost; outcome: PostOutcome; account: AccountSummary | undefined }): React.JSX.Element | null {
  if (!outcome.remoteId) return null;
  const author = { id: account?.userId ?? '', handle: account?.handle ?? '', displayName: account?.displayName ?? '', avatarUrl: account?.avatarUrl ?? null };
  const target = postTarget({ id: outcome.remoteId, author, text: post.parts[0]?.text ?? '', segments: null, createdAt: post.updatedAt }, account);
  if (target.kind === 'web') {
    return (
      <a className="post-outcome__view" href={target.href} target="_blank" rel="noopener noreferrer" aria-label={`View the post as @${author.handle} on x.com (new tab)`}>
        View post
      </a>
    );
  }
  return (
    <button type="button" className="link-button post-outcome__view" aria-label={`View the post as @${author.handle} (training)`} onClick={() => openTarget(target)}>
      View post
    </button>
  );
}

export function PostOutcomeNotice({ accounts, locale, timeZone, onOpenSchedule }: PostOutcomeNoticeProps): React.JSX.Element {
  const { posts, dismiss } = usePostOutcome();
  const [held, setHeld] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const accountOf = (id: string): AccountSummary | undefined => accounts.find((account) => account.id === id);
  const outcomes = (posts ?? []).map((post) => ({ post, outcome: postOutcome(post, accountOf(post.accountId), timeZone, locale) }));
  const allPosted = outcomes.length > 0 && outcomes.every(({ outcome }) => outcome.kind === 'posted');

  useEffect(() => {
    if (!allPosted || held) return;
    const timer = setTimeout(dismiss, SUCCESS_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [allPosted, held, dismiss]);

  const shown = outcomes.length > 0;
  useEffect(() => {
    if (!shown) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || dialogIsOpen()) return;
      dismiss();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shown, dismiss]);

  const hold = (on: boolean) => (): void => setHeld(on || (ref.current?.matches(':hover, :focus-within') ?? false));

  return (
    <div
      ref={ref}
      className={shown ? 'post-outcome post-outcome--shown' : 'post-outcome'}
      data-testid="post-outcome"
      onMouseEnter={hold(true)}
      onMouseLeave={hold(false)}
      onFocus={hold(true)}
      onBlur={hold(false)}
    >
      <div role="status" aria-live="polite">
        <ul className="post-outcome__list">
        {outcomes.map(({ post, outcome }) => (
          <li key={post.id} className={`post-outcome__line post-outcome__line--${outcome.kind}`} data-state={outcome.kind}>
            <span>{outcome.text}</span>
            {outcome.kind === 'posted' && (
              <>
                {' — '}
                <ViewPost post={post} outcome={outcome} account={accountOf(post.accountId)} />
              </>
            )}
            {outcome.advice && <span className="post-outcome__advice">{outcome.advice}</span>}
            {outcome.kind === 'failed' && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  dismiss();
                  onOpenSchedule();
                }}
              >
                Open Schedule
              </button>
            )}
          </li>
        ))}
        </ul>
      </div>
      {shown && (
        <button type="button" className="icon-button post-outcome__close" aria-label="Dismiss the post notice" onClick={dismiss}>
          ×
        </button>
      )}
    </div>
  );
}
