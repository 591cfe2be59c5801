// Posting from the chat: the hashtag is appended once (never twice) and counted in the length shown.
// A reply or quote of a chat post shows what it answers and goes out as the host (the account that
// received it, as X's reply rule is per account); a new post may go out as another connected account
// of the same kind (a co-host's, training with training). The confirmation is asked as usual.
import { forwardRef, useId, useMemo, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import { withHashtag, type Chat } from '../../../shared/chat';
import type { ColumnItem } from '../../../shared/columns';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { LengthMeter } from '../compose/LengthMeter';
import { useMeasurements } from '../compose/useMeasurements';
import type { ConfirmRequest } from './useHostConfirmation';

export interface Target {
  kind: 'reply' | 'quote';
  item: ColumnItem;
}

interface PostBoxProps {
  chat: Chat;
  host: AccountSummary | undefined;
  /** Every connected account (new posts may go out as one of the host's kind: training or live). */
  accounts: AccountSummary[];
  text: string;
  target: Target | null;
  onText: (text: string) => void;
  onTarget: (target: Target | null) => void;
  confirmThenSend: (request: ConfirmRequest) => Promise<'sent' | 'cancelled'>;
}

export const PostBox = forwardRef<HTMLTextAreaElement, PostBoxProps>(function PostBox({ chat, host, accounts, text, target, onText, onTarget, confirmThenSend }, ref) {
  const id = useId();
  const [chosenId, setChosenId] = useState(chat.hostAccountId);
  const choices = accounts.filter((account) => account.status === 'active' && account.training === (host?.training ?? account.training));
  const author = target ? host : (choices.find((account) => account.id === chosenId) ?? host);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const final = text.trim() ? withHashtag(text, chat.hashtag) : '';
  const texts = useMemo(() => ({ box: final }), [final]);
  const measurements = useMeasurements(texts);
  const measured = measurements.bySlot['box'];
  const over = measured ? measured.weightedLength > measured.max : false;
  const canPost = chat.state !== 'cancelled' && chat.state !== 'draft';

  const post = (): void => {
    if (!text.trim()) {
      setError('Write something first.');
      return;
    }
    if (over) {
      setError('Too long with the hashtag added: shorten it first.');
      return;
    }
    setBusy(true);
    setError(null);
    setStatus('');
    confirmThenSend({
      account: author,
      text: final,
      verb: target?.kind === 'reply' ? 'Reply' : 'Post',
      when: 'It goes out now.',
      offerDontAsk: true,
      granted: chat.postingGrant !== null && chat.postingGrant.accountId === author?.id,
      send: async (confirmedAccountIds, dontAskAgain) => {
        const queued = await getApi().call('chat.post', {
          id: chat.id,
          accountId: author?.id ?? chat.hostAccountId,
          text,
          replyToId: target?.kind === 'reply' ? target.item.id : null,
          quoteOfId: target?.kind === 'quote' ? target.item.id : null,
          confirmedAccountIds,
          dontAskAgain,
        });
        if (queued.state === 'failed' || queued.state === 'held') throw new Error(queued.lastError?.message ?? `The post was ${queued.state}.`);
      },
    })
      .then((outcome) => {
        if (outcome === 'cancelled') return setStatus('Not posted.');
        setStatus(`Posted as @${author?.handle ?? 'the host'}${target?.kind === 'reply' ? ` in reply to @${target.item.author.handle}` : ''}.`);
        onText('');
        onTarget(null);
      })
      .catch((cause: unknown) => setError(`Could not post: ${errorMessage(cause)}`))
      .finally(() => setBusy(false));
  };

  return (
    <section className="chat-pane chat-postbox" aria-labelledby={`${id}-heading`}>
      <form
        className="postbox"
        onSubmit={(event) => {
          event.preventDefault();
          post();
        }}
      >
        <h2 id={`${id}-heading`} className="postbox__heading">
          Post to {chat.hashtag}
          {author && <span className="postbox__as"> as @{author.handle}</span>}
        </h2>
        {!target && choices.length > 1 && (
          <p className="postbox__account">
            <label htmlFor={`${id}-as`}>Post as </label>
            <select id={`${id}-as`} className="input" value={author?.id ?? ''} onChange={(event) => setChosenId(event.target.value)}>
              {choices.map((account) => (
                <option key={account.id} value={account.id}>
                  @{account.handle}
                  {account.id === chat.hostAccountId ? ' (host)' : ''}
                </option>
              ))}
            </select>
          </p>
        )}
        {target && (
          <div className="postbox__target">
            <p>
              {target.kind === 'reply' ? 'Replying to' : 'Quoting'} <strong>@{target.item.author.handle}</strong>: <span className="postbox__quote">{target.item.text.slice(0, 120)}</span>
            </p>
            <button type="button" className="button button--small button--quiet" onClick={() => onTarget(null)}>
              {target.kind === 'reply' ? 'Not a reply' : 'Not a quote'}
            </button>
          </div>
        )}
        <label htmlFor={`${id}-text`} className="visually-hidden">
          Post text (the hashtag is added)
        </label>
        <textarea
          ref={ref}
          id={`${id}-text`}
          className="input postbox__text"
          rows={3}
          value={text}
          disabled={!canPost}
          placeholder={canPost ? `Write to the chat; ${chat.hashtag} is added` : 'Schedule the chat to post from here'}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-final ${id}-length${error ? ` ${id}-error` : ''}`}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              post();
            }
          }}
          onChange={(event) => onText(event.target.value)}
        />
        <p id={`${id}-final`} className="postbox__final">
          {final ? (
            <>
              <span className="plan-preview__label">Goes out as: </span>
              {final}
            </>
          ) : (
            <span className="hint">{chat.hashtag} is added once, and counted below.</span>
          )}
        </p>
        <div className="postbox__bar">
          <LengthMeter id={`${id}-length`} measured={measured} stale={measurements.stale.has('box')} />
          <button type="submit" className="button button--primary" disabled={busy || !canPost}>
            {target?.kind === 'reply' ? 'Reply' : 'Post'}
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <p className="postbox__status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
});
