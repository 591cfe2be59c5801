// The note shown on an item after a command: what happened, or why not. Columns and a chat's live
// stream word their notes alike.
import { useCallback, useState } from 'react';
import type { ColumnItem, ItemActionName } from '../../../shared/columns';
import { postUrl } from './item-links';

const DONE: Record<Exclude<ItemActionName, 'handled' | 'unhandled'>, string> = {
  like: 'Liked',
  unlike: 'Unliked',
  repost: 'Reposted',
  unrepost: 'Repost undone',
  hide: 'Reply hidden',
  unhide: 'Reply shown again',
  mute: 'Author muted',
  block: 'Author blocked',
};

/** What `action` did to the item, now `changed`; `who` names the acting account (` as @handle`) or is empty. */
export function doneNote(action: ItemActionName, changed: ColumnItem, who: string): string {
  if (action === 'handled' || action === 'unhandled') return changed.handled ? 'Marked handled' : 'Marked not handled';
  return `${DONE[action]}${who}`;
}

export interface ItemNotes {
  /** By item id. */
  notes: Record<string, string>;
  note: (itemId: string, text: string) => void;
  copyLink: (item: ColumnItem) => void;
}

export function useItemNotes(): ItemNotes {
  const [notes, setNotes] = useState<Record<string, string>>({});
  const note = useCallback((itemId: string, text: string) => setNotes((current) => ({ ...current, [itemId]: text })), []);

  const copyLink = useCallback(
    (item: ColumnItem) => {
      navigator.clipboard
        .writeText(postUrl(item.author.handle, item.id))
        .then(() => note(item.id, 'Link copied'))
        .catch(() => note(item.id, 'Could not copy: the browser did not allow it'));
    },
    [note],
  );

  return { notes, note, copyLink };
}
