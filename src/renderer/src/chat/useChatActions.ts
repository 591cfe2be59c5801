// Quick actions on a chat post, always as the host account (items.act): like, repost, hide, mute,
// mark handled. Reply and quote go to the chat's post box; block opens the profile on x.com (not in
// X's API). A refused action says why, as in the columns.
import { useCallback } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem, ItemActionName } from '../../../shared/columns';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { actionFor, commandLabel, permissionFor, type ItemCommand } from '../columns/item-actions';
import { profileTarget } from '../columns/in-app-view';
import { openTarget } from '../columns/open-target';
import { doneNote, useItemNotes } from '../columns/useItemNotes';
import { confirmFor } from '../guard/guard-requests';

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
  const { notes, note, copyLink } = useItemNotes();
  const who = host ? ` as @${host.handle}` : '';

  const act = useCallback(
    (item: ColumnItem, action: ItemActionName, done: (changed: ColumnItem) => string, label: string) => {
      // A repost (or its undo) by a "confirm before posting" host is confirmed in large type first.
      const reposting = action === 'repost' || action === 'unrepost';
      const confirmed = reposting && host
        ? confirmFor([host], { text: item.text, verb: action === 'repost' ? 'Repost' : 'Undo repost', when: 'Now.', reference: `A repost of @${item.author.handle}’s post.` })
        : Promise.resolve([]);
      confirmed
        .then(async (confirmedAccountIds) => {
          if (confirmedAccountIds === null) return;
          const changed = await getApi().call('items.act', { accountId: hostAccountId, itemId: item.id, action, confirmedAccountIds });
          onChanged(changed);
          note(item.id, done(changed));
        })
        .catch((cause: unknown) => note(item.id, `${label} failed: ${errorMessage(cause)}`));
    },
    [host, hostAccountId, onChanged, note],
  );

  const run = useCallback(
    (item: ColumnItem, command: ItemCommand) => {
      const label = commandLabel(item, command, host);
      const permission = permissionFor(item, command);
      if (command === 'block') {
        // Blocking is not in X's API: the author's profile opens on x.com, where the user blocks
        // (a training account's simulated people have no profile there: it opens in the app).
        const target = profileTarget(item.author, host);
        openTarget(target);
        note(item.id, target.kind === 'web' ? `Opened @${item.author.handle}'s profile on x.com: block from there.` : `Training only: @${item.author.handle} is simulated; on X you would block from their profile.`);
        return;
      }
      if (!permission.ok) {
        note(item.id, `${label}: not allowed. ${permission.reason ?? ''}`.trim());
        return;
      }
      if (command === 'reply' || command === 'quote') return onReply(item, command);
      // Like, repost, hide and handled are toggles: done already (the item's state says so), they undo.
      const action = actionFor(item, command);
      act(item, action, (changed) => doneNote(action, changed, who), label);
    },
    [host, who, note, onReply, act],
  );

  const unhide = useCallback((item: ColumnItem) => act(item, 'unhide', () => `Reply shown again${who}`, 'Unhide'), [act, who]);

  return { notes, run, unhide, copyLink };
}
