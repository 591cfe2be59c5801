// Following a link target (in-app-view.ts decides which): a new tab for x.com, the in-app viewer
// for training. Kept apart from the decisions so those are tested without a DOM.
import type { AccountSummary } from '../../../shared/accounts';
import { postTarget, profileTarget, showInApp, type LinkTarget, type ViewedPost } from './in-app-view';

/** Follows a target: a new tab for the web, the in-app viewer otherwise. */
export function openTarget(target: LinkTarget): void {
  if (target.kind === 'web') window.open(target.href, '_blank', 'noopener,noreferrer');
  else showInApp(target.view);
}

/** The o / Enter / p keys on a post. */
export function openItem(item: ViewedPost, what: 'post' | 'profile', account: Pick<AccountSummary, 'training'> | undefined): void {
  openTarget(what === 'post' ? postTarget(item, account) : profileTarget(item.author, account));
}
