// Media as labelled tiles with their alt text: the CSP loads no remote images, and the alt text is
// what a moderator needs to judge a picture they cannot see here.
import type { ItemMediaView } from '../../../shared/columns';

const TYPE_LABELS = { photo: 'Photo', animated_gif: 'GIF', video: 'Video' } as const;

export function ItemMedia({ media }: { media: ItemMediaView[] }): React.JSX.Element | null {
  if (media.length === 0) return null;
  return (
    <ul className="item__media" aria-label="Media">
      {media.map((tile) => (
        <li key={tile.key} className="item__media-tile">
          <span className="item__media-type">{TYPE_LABELS[tile.type]}</span>
          <span className={tile.altText ? 'item__alt' : 'item__alt item__alt--missing'}>
            {tile.altText ? `Alt: ${tile.altText}` : 'No description (alt text) given'}
          </span>
        </li>
      ))}
    </ul>
  );
}
