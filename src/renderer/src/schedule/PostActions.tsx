import { useState } from 'react';
import type { MethodInput } from '../../../shared/contract';
import type { PostState, QueuedPost } from '../../../shared/queue';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { confirmAsAccount } from '../guard/confirm-on-refusal';
import { useOpenChat } from './open-chat';

type Action = MethodInput<'queue.act'>['action'];

const DONE: Record<Action, string> = {
  post_now: 'Posting now',
  retry: 'Will retry',
  discard: 'Discarded',
  to_draft: 'Moved to drafts',
};

/** What the user may do with a post in each state (held and failed posts wait for them). */
const OFFERED: Partial<Record<PostState, Action[]>> = {
  draft: [],
  scheduled: [],
  failed: ['retry'],
  held: ['post_now'],
  missed: ['post_now'],
};

const LABELS: Record<Action, string> = {
  post_now: 'Post now',
  retry: 'Retry',
  discard: 'Discard',
  to_draft: 'Move to drafts',
};

interface PostActionsProps {
  post: QueuedPost;
  /** A short description of the post for button names ("@HorizonsNHS at 09:30"). */
  label: string;
  onReschedule: (post: QueuedPost) => void;
  onEdit: (post: QueuedPost) => void;
  onAnnounce: (message: string) => void;
}

/** The decision buttons for one post; discarding asks once more, in place. */
export function PostActions({ post, label, onReschedule, onEdit, onAnnounce }: PostActionsProps): React.JSX.Element | null {
  const [busy, setBusy] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const openChat = useOpenChat();
  const offered = OFFERED[post.state];
  if (post.state === 'sending') {
    return (
      <p className="post-actions hint" data-testid="post-sending">
        Being sent to X now: it cannot be edited.
      </p>
    );
  }
  if (!offered) return null;

  const act = (action: Action): void => {
    setBusy(true);
    // Posting now or retrying publishes as the account: a "confirm before posting" one confirms first.
    const publishes = action === 'post_now' || action === 'retry';
    // queue.act answers null for a discarded post: "cancelled" is told apart by its own mark.
    const call = (confirmedAccountIds: string[]) => getApi().call('queue.act', { id: post.id, action, confirmedAccountIds }).then(() => 'done' as const);
    (publishes ? confirmAsAccount(post.accountId, { text: post.parts[0]?.text ?? '', verb: LABELS[action], when: 'Now.', reference: null }, call) : call([]))
      .then((done) => onAnnounce(done === 'done' ? `${DONE[action]}: ${label}.` : `Not ${DONE[action].toLowerCase()}: ${label} was not confirmed.`))
      .catch((cause: unknown) => onAnnounce(`Could not ${LABELS[action].toLowerCase()} ${label}: ${errorMessage(cause)}`))
      .finally(() => {
        setBusy(false);
        setConfirmingDiscard(false);
      });
  };

  if (confirmingDiscard) {
    return (
      <div className="post-actions post-actions--confirm" role="group" aria-label={`Discard ${label}?`}>
        <span>Discard this post? It will not be published.</span>
        <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => act('discard')}>
          Yes, discard
        </button>
        <button type="button" className="button button--small" autoFocus onClick={() => setConfirmingDiscard(false)}>
          Keep it
        </button>
      </div>
    );
  }

  return (
    <div className="post-actions">
      {offered.map((action) => (
        <button
          key={action}
          type="button"
          className="button button--small button--primary"
          disabled={busy}
          aria-label={`${LABELS[action]}: ${label}`}
          onClick={() => act(action)}
        >
          {LABELS[action]}
        </button>
      ))}
      {post.chat ? (
        // A chat's post moves, changes or goes with its chat's plan (core refuses it here too).
        <button
          type="button"
          className="button button--small"
          disabled={busy || !openChat}
          aria-label={`Change in the chat plan: ${label}, chat ${post.chat.name}`}
          onClick={() => post.chat && openChat?.(post.chat.id)}
        >
          Change in the chat plan
        </button>
      ) : (
        <ChangeButtons post={post} label={label} busy={busy} onReschedule={onReschedule} onEdit={onEdit} onDiscard={() => setConfirmingDiscard(true)} />
      )}
    </div>
  );
}

interface ChangeButtonsProps {
  post: QueuedPost;
  label: string;
  busy: boolean;
  onReschedule: (post: QueuedPost) => void;
  onEdit: (post: QueuedPost) => void;
  onDiscard: () => void;
}

function ChangeButtons({ post, label, busy, onReschedule, onEdit, onDiscard }: ChangeButtonsProps): React.JSX.Element {
  return (
    <>
      {post.state !== 'missed' && (
        <button type="button" className="button button--small" disabled={busy} aria-label={`Edit ${label}`} onClick={() => onEdit(post)}>
          Edit…
        </button>
      )}
      <button type="button" className="button button--small" disabled={busy} aria-label={`Reschedule ${label}`} onClick={() => onReschedule(post)}>
        Reschedule…
      </button>
      <button type="button" className="button button--small" disabled={busy} aria-label={`Discard ${label}`} onClick={onDiscard}>
        Discard…
      </button>
    </>
  );
}
