// Where a post or a profile opens: a live account's on x.com (a new tab; the desktop shell hands
// it to the system browser), a training account's inside the app, since its people are simulated
// and its posts exist only in the training sandbox. The always-mounted <InAppViewer> shows the
// latter (a tiny store, as the composer's announcer is).
import type { AccountSummary } from '../../../shared/accounts';
import type { ItemAuthorView, TextSegment } from '../../../shared/columns';
import { postUrl, profileUrl } from './item-links';

export interface ViewedPost {
  id: string;
  author: ItemAuthorView;
  text: string;
  /** Entities to draw; null draws the text as it is. */
  segments: TextSegment[] | null;
  createdAt: string;
}

export type InAppView = { kind: 'post'; post: ViewedPost } | { kind: 'profile'; author: ItemAuthorView };

/** On x.com for a live account; in the app for a training one (and for an account no longer known, nothing leaves). */
export type LinkTarget = { kind: 'web'; href: string } | { kind: 'in-app'; view: InAppView };

const inApp = (account: Pick<AccountSummary, 'training'> | undefined): boolean => account?.training !== false;

export function postTarget(post: ViewedPost, account: Pick<AccountSummary, 'training'> | undefined): LinkTarget {
  return inApp(account) ? { kind: 'in-app', view: { kind: 'post', post } } : { kind: 'web', href: postUrl(post.author.handle, post.id) };
}

export function profileTarget(author: ItemAuthorView, account: Pick<AccountSummary, 'training'> | undefined): LinkTarget {
  return inApp(account) ? { kind: 'in-app', view: { kind: 'profile', author } } : { kind: 'web', href: profileUrl(author.handle) };
}

type Listener = (view: InAppView | null) => void;
const listeners = new Set<Listener>();

export function showInApp(view: InAppView | null): void {
  for (const listener of listeners) listener(view);
}

export function onInAppView(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** X's own hosts: a training item never links to them (its people and posts are not on X). */
export function isXAddress(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    return ['x.com', 'twitter.com', 't.co', 'mobile.twitter.com', 'mobile.x.com'].includes(host);
  } catch {
    return false;
  }
}

