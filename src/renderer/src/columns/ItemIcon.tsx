// The small line icons on a card's action row. Decorative only: every button carrying one has its
// own aria-label and tooltip.
import type { ItemCommand } from './item-actions';

type IconName = ItemCommand | 'more';

const PATHS: Record<IconName, string> = {
  reply: 'M4 5h16v11H10l-5 4v-4H4z',
  repost: 'M7 9V7h11l-3-3M17 15v2H6l3 3',
  like: 'M12 20s-7-4.4-7-9.6A3.9 3.9 0 0 1 12 8a3.9 3.9 0 0 1 7 2.4C19 15.6 12 20 12 20z',
  quote: 'M5 17h5v-5H6.5c0-2 1-3.5 3-4M14 17h5v-5h-3.5c0-2 1-3.5 3-4',
  hide: 'M3 12s3.5-6 9-6 9 6 9 6-3.5 6-9 6-9-6-9-6zM12 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM4 4l16 16',
  mute: 'M4 10h4l5-4v12l-5-4H4zM16 9l5 6M21 9l-5 6',
  block: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zM6.5 6.5l11 11',
  handled: 'M5 12.5l4.5 4.5L19 7',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
};

export function ItemIcon({ name, filled = false }: { name: IconName; filled?: boolean }): React.JSX.Element {
  return (
    <svg className="item__icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill={filled && name === 'like' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={name === 'more' ? 3.2 : 1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
