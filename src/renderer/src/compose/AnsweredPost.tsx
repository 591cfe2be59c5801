// The post being answered, at the top of a reply (or quote): who wrote it, what it says and when,
// so the person writes to it without looking back at the column.
import { formatInstant } from './local-time';

export interface AnsweredPostView {
  authorHandle: string;
  authorName: string;
  text: string;
  createdAt: string;
}

interface AnsweredPostProps {
  post: AnsweredPostView;
  kind: 'reply' | 'quote';
  zone: string;
  locale: string;
}

export function AnsweredPost({ post, kind, zone, locale }: AnsweredPostProps): React.JSX.Element {
  return (
    <figure className="answered" data-testid="composer-answered">
      <figcaption className="answered__lead">
        {kind === 'reply' ? 'Replying to' : 'Quoting'} <strong>{post.authorName}</strong> <span className="answered__handle">@{post.authorHandle}</span>
        {' · '}
        <time dateTime={post.createdAt}>{formatInstant(post.createdAt, zone, locale)}</time>
      </figcaption>
      <blockquote className="answered__text">{post.text}</blockquote>
    </figure>
  );
}
