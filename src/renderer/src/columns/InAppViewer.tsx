// A training post or profile, shown inside the app: the training sandbox's people are simulated,
// so nothing about them opens on x.com. Mounted once; opened through showInApp.
import { useEffect, useRef, useState } from 'react';
import { Dialog } from '../shell/Dialog';
import { onInAppView, type InAppView } from './in-app-view';
import { ItemText } from './ItemText';
import './in-app-view.css';

const TRAINING_NOTE = 'Training only: this exists in the training sandbox, not on X. Nobody on X can see it.';

function PostView({ view, locale, timeZone }: { view: Extract<InAppView, { kind: 'post' }>; locale: string; timeZone: string }): React.JSX.Element {
  const { post } = view;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(post.createdAt));
  return (
    <article className="in-app-view" data-testid="in-app-post" data-post-id={post.id}>
      <p className="in-app-view__who">
        <span className="item__name">{post.author.displayName || post.author.handle}</span> <span className="item__handle">@{post.author.handle}</span>
      </p>
      {post.segments ? <ItemText segments={post.segments} training /> : <p className="item__text">{post.text}</p>}
      <p className="in-app-view__meta">
        <time dateTime={post.createdAt}>{when}</time> · Post {post.id}
      </p>
      <p className="in-app-view__note">{TRAINING_NOTE}</p>
    </article>
  );
}

function ProfileView({ view }: { view: Extract<InAppView, { kind: 'profile' }> }): React.JSX.Element {
  const { author } = view;
  return (
    <div className="in-app-view" data-testid="in-app-profile">
      <p className="in-app-view__who">
        <span className="item__name">{author.displayName || author.handle}</span> <span className="item__handle">@{author.handle}</span>
      </p>
      <p className="in-app-view__note">Training only: @{author.handle} is a simulated person in the training sandbox, with no profile on X.</p>
    </div>
  );
}

export function InAppViewer({ locale, timeZone }: { locale: string; timeZone: string }): React.JSX.Element | null {
  const [view, setView] = useState<InAppView | null>(null);
  // Focus goes back where it was (the post, the notice's button) when the view closes.
  const opener = useRef<HTMLElement | null>(null);
  useEffect(
    () =>
      onInAppView((next) => {
        if (next) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setView(next);
      }),
    [],
  );
  if (!view) return null;
  const close = (): void => {
    setView(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const title = view.kind === 'post' ? `Post by @${view.post.author.handle} (training)` : `@${view.author.handle} (training)`;
  return (
    <Dialog title={title} onClose={close} testId="in-app-view">
      {view.kind === 'post' ? <PostView view={view} locale={locale} timeZone={timeZone} /> : <ProfileView view={view} />}
    </Dialog>
  );
}
