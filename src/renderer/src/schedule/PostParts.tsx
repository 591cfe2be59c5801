// What a queued post holds, part by part: each part's text (a thread shows every part), its media
// with whether each has alt text, and which parts are already on X.
import type { QueuedPost } from '../../../shared/queue';

const KIND_NAMES = { photo: 'Image', animated_gif: 'GIF', video: 'Video' } as const;

export function PostParts({ post }: { post: QueuedPost }): React.JSX.Element | null {
  const hasMedia = post.parts.some((part) => part.media.length > 0);
  if (post.parts.length < 2 && !hasMedia) return null;
  return (
    <ol className="post-parts" aria-label={post.parts.length > 1 ? `The thread's ${post.parts.length} parts` : 'The post and its media'} data-testid="schedule-post-parts">
      {post.parts.map((part, index) => (
        <li key={index} className="post-parts__part">
          {post.parts.length > 1 && (
            <span className="post-parts__number">
              {index + 1}/{post.parts.length}
            </span>
          )}
          <span className="post-parts__text">{part.text || <em>No text</em>}</span>
          {post.remoteIds[index] && <span className="thread-chip">On X</span>}
          {part.media.length > 0 && (
            <ul className="post-parts__media">
              {part.media.map((ref) => (
                <li key={ref.id} className="post-parts__file">
                  {KIND_NAMES[ref.kind]}: {ref.name} · {ref.altText ? `alt text: “${ref.altText}”` : 'no alt text'}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
