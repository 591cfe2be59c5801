// Quick actions on a chat post, always as the host account (items.act): like, repost, hide, mute,
// mark handled. Reply and quote go to the chat's post box; block opens the profile on x.com (not in
// X's API). A refused action says why, as in the columns.
import { useCallback, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem, ItemActionName } from '../../../shared/columns';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { actionFor, commandLabel, permissionFor, type ItemCommand } from '../columns/item-actions';
import { postUrl, profileUrl } from '../columns/item-links';

const DONE: Record<'like' | 'unlike' | 'repost' | 'unrepost' | 'hide' | 'unhide' | 'mute', string> = {
  like: 'Liked',
  unlike: 'Unliked',
  repost: 'Reposted',
  unrepost: 'Repost undone',
  hide: 'Reply hidden',
  unhide: 'Reply shown again',
  mute: 'Author muted',
};

export interface ChatActions {
  notes: Record<string, string>;
  run: (item: ColumnItem, command: ItemCommand) => void;
  unhide: (item: ColumnItem) => void;
  copyLink: (item: ColumnItem) => void;
}

export function useChatActions(
  host: AccountSummary | undefined,
  hostAccountId: string,
  onReply: (item: ColumnItem, kind: 'reply' | 'quote') => void,
  onChanged: (item: ColumnItem) => void,
): ChatActions {
  const [notes, setNotes] = useState<Record<string, string>>({});
  const note = useCallback((itemId: string, text: string) => setNotes((current) => ({ ...current, [itemId]: text })), []);
  const who = host ? ` as @${host.handle}` : '';

  const act = useCallback(
    (item: ColumnItem, action: ItemActionName, done: (changed: ColumnItem) => string, label: string) => {
      getApi()
        .call('items.act', { accountId: hostAccountId, itemId: item.id, action })
        .then((changed) => {
          onChanged(changed);
          note(item.id, done(changed));
        })
        .catch((cause: unknown) => note(item.id, `${label} failed: ${errorMessage(cause)}`));
    },
    [hostAccountId, onChanged, note],
  );

  const run = useCallback(
    (item: ColumnItem, command: ItemCommand) => {
      const label = commandLabel(item, command, host);
      const permission = permissionFor(item, command);
      if (command === 'block') {
        // Blocking is not in X's API: the author's profile opens on x.com, where the user blocks.
        window.open(profileUrl(item.author.handle), '_blank', 'noopener,noreferrer');
        note(item.id, `Opened @${item.author.handle}'s profile on x.com: block from there.`);
        return;
      }
      if (!permission.ok) {
        note(item.id, `${label}: not allowed. ${permission.reason ?? ''}`.trim());
        return;
      }
      if (command === 'reply' || command === 'quote') return onReply(item, command);
      if (command === 'handled') {
        act(item, actionFor(item, command), (changed) => (changed.handled ? 'Marked handled' : 'Marked not handled'), label);
        return;
      }
      // Like, repost and hide are toggles: done already (the item's state says so), they undo.
      const action = actionFor(item, command);
      act(item, action, () => `${DONE[action as keyof typeof DONE]}${who}`, label);
    },
    [host, who, note, onReply, act],
  );

  const unhide = useCallback((item: ColumnItem) => act(item, 'unhide', () => `Reply shown again${who}`, 'Unhide'), [act, who]);

  const copyLink = useCallback(
    (item: ColumnItem) => {
      navigator.clipboard
        .writeText(postUrl(item.author.handle, item.id))
        .then(() => note(item.id, 'Link copied'))
        .catch(() => note(item.id, 'Could not copy: the browser did not allow it'));
    },
    [note],
  );

  return { notes, run, unhide, copyLink };
}
