// The "⋯" menu's links: a live account's post and its author's profile on x.com, and the post's
// address to copy; a training account's open inside the app (its people are simulated, its posts
// are not on X, so there is no address to copy).
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem } from '../../../shared/columns';
import { postTarget, profileTarget } from './in-app-view';
import { openTarget } from './open-target';
import { ExternalLink } from './ItemText';

interface ItemLinksProps {
  item: ColumnItem;
  account: AccountSummary | undefined;
  onCopyLink: () => void;
  close: () => void;
}

export function ItemLinks({ item, account, onCopyLink, close }: ItemLinksProps): React.JSX.Element {
  const post = postTarget(item, account);
  const profile = profileTarget(item.author, account);
  const handle = item.author.handle;
  if (post.kind === 'in-app' || profile.kind === 'in-app') {
    const open = (target: typeof post): void => {
      close();
      openTarget(target);
    };
    return (
      <>
        <li>
          <button type="button" className="item__menu-item" aria-keyshortcuts="o" onClick={() => open(post)}>
            Open the post (training)
          </button>
        </li>
        <li>
          <button type="button" className="item__menu-item" aria-keyshortcuts="p" onClick={() => open(profile)}>
            @{handle}’s profile (training)
          </button>
        </li>
      </>
    );
  }
  return (
    <>
      <li>
        <button
          type="button"
          className="item__menu-item"
          onClick={() => {
            onCopyLink();
            close();
          }}
        >
          Copy link to the post
        </button>
      </li>
      <li>
        <ExternalLink href={post.href} label="Open the post on x.com (new tab)">
          <span className="item__menu-item">Open on x.com ↗</span>
        </ExternalLink>
      </li>
      <li>
        <ExternalLink href={profile.href} label={`Open @${handle}'s profile on x.com (new tab)`}>
          <span className="item__menu-item">@{handle}’s profile ↗</span>
        </ExternalLink>
      </li>
    </>
  );
}
