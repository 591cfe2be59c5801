// Runs an item command as the receiving account: the composer for replies and quotes, `items.act`
// for the rest. What happened (or why not) comes back as a note shown on the item.
import { useCallback } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem } from '../../../shared/columns';
import { getApi } from '../api';
import type { ComposerStart } from '../compose/ComposerDialog';
import { errorMessage } from '../api/error-message';
import { guardedRepost } from '../guard/guarded-repost';
import { actionFor, commandLabel, permissionFor, type ItemCommand } from './item-actions';
import { doneNote, useItemNotes } from './useItemNotes';

export function useItemCommands(
  accountOf: (id: string) => AccountSummary | undefined,
  onCompose: (start: ComposerStart) => void,
  onChanged: (item: ColumnItem) => void,
  /** The account muted the item's author: their posts leave that account's columns. */
  onMuted: (item: ColumnItem) => void,
  /** Every connected account: a repost may be made as another one of the same kind. */
  accounts: readonly AccountSummary[] = [],
): { notes: Record<string, string>; run: (item: ColumnItem, command: ItemCommand) => void; copyLink: (item: ColumnItem) => void } {
  const { notes, note, copyLink } = useItemNotes();

  const run = useCallback(
    (item: ColumnItem, command: ItemCommand) => {
      const account = accountOf(item.accountId);
      const label = commandLabel(item, command, account);
      const permission = permissionFor(item, command);
      if (!permission.ok) {
        note(item.id, `${label}: not allowed. ${permission.reason ?? ''}`.trim());
        return;
      }
      const answering = { authorHandle: item.author.handle, authorName: item.author.displayName, text: item.text, createdAt: item.createdAt };
      if (command === 'reply') return onCompose({ accountId: item.accountId, replyTo: item.id, authorHandle: item.author.handle, answering });
      if (command === 'quote') return onCompose({ accountId: item.accountId, quoteOf: item.id, authorHandle: item.author.handle, answering });
      const action = actionFor(item, command);
      if (action === 'repost' || action === 'unrepost') {
        guardedRepost(item, action, accounts)
          .then((done) => {
            if (!done) return;
            if (done.as.id === item.accountId) onChanged(done.changed);
            note(item.id, doneNote(action, done.changed, ` as @${done.as.handle}`));
          })
          .catch((cause: unknown) => note(item.id, `${label} failed: ${errorMessage(cause)}`));
        return;
      }
      getApi()
        .call('items.act', { accountId: item.accountId, itemId: item.id, action })
        .then((changed) => {
          onChanged(changed);
          if (action === 'mute') onMuted(changed);
          const who = account ? ` as @${account.handle}` : '';
          note(item.id, doneNote(action, changed, who));
        })
        .catch((cause: unknown) => note(item.id, `${label} failed: ${errorMessage(cause)}`));
    },
    [accountOf, onCompose, onChanged, onMuted, note, accounts],
  );

  return { notes, run, copyLink };
}
