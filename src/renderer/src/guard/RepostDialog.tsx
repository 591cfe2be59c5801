// TweetDeck's repost dialog: the post, and which connected account reposts it (the receiving one
// first; only accounts of the same kind, training or live, are offered). The corporate confirmation
// follows, when core says the chosen account asks for it.
import { useEffect, useRef, useState } from 'react';
import { AccountAvatar } from '../accounts/AccountAvatar';
import { Dialog } from '../shell/Dialog';
import type { RepostChoice } from './guard-requests';

export function RepostDialog({ request, onPick, onCancel }: { request: RepostChoice; onPick: (accountId: string) => void; onCancel: () => void }): React.JSX.Element {
  const [chosen, setChosen] = useState(request.initial);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const account = request.choices.find((candidate) => candidate.id === chosen);
  return (
    <Dialog title="Repost" onClose={onCancel} testId="repost-dialog">
      <form
        className="guard-repost"
        onSubmit={(event) => {
          event.preventDefault();
          onPick(chosen);
        }}
      >
        <blockquote className="guard-repost__post">
          <span className="guard-repost__author">@{request.author}</span> {request.text}
        </blockquote>
        <fieldset className="guard-repost__accounts">
          <legend>Repost as</legend>
          {request.choices.map((candidate) => (
            <label key={candidate.id} className="guard-repost__account">
              <input
                ref={candidate.id === request.initial ? first : undefined}
                type="radio"
                name="repost-as"
                value={candidate.id}
                checked={candidate.id === chosen}
                onChange={() => setChosen(candidate.id)}
              />
              <AccountAvatar account={candidate} />
              <span>@{candidate.handle}</span>
              {candidate.confirmBeforePosting && <span className="hint">asks for confirmation</span>}
            </label>
          ))}
        </fieldset>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Repost as @{account?.handle ?? ''}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
