// Runs an item command as the receiving account: the composer for replies and quotes, `items.act`
// for the rest. What happened (or why not) comes back as a note shown on the item.
import { useCallback, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem } from '../../../shared/columns';
import { getApi } from '../api';
import type { ComposerStart } from '../compose/ComposerDialog';
import { errorMessage } from '../api/error-message';
import { commandLabel, permissionFor, type ItemCommand } from './item-actions';
import { postUrl } from './item-links';


const DONE: Record<'like' | 'repost' | 'hide' | 'mute' | 'block', string> = {
  like: 'Liked',
  repost: 'Reposted',
  hide: 'Reply hidden',
  mute: 'Author muted',
  block: 'Author blocked',
};

export function useItemCommands(
  accountOf: (id: string) => AccountSummary | undefined,
  onCompose: (start: ComposerStart) => void,
  onChanged: (item: ColumnItem) => void,
): { notes: Record<string, string>; run: (item: ColumnItem, command: ItemCommand) => void; copyLink: (item: ColumnItem) => void } {
  const [notes, setNotes] = useState<Record<string, string>>({});
  const note = useCallback((itemId: string, text: string) => setNotes((current) => ({ ...current, [itemId]: text })), []);

  const run = useCallback(
    (item: ColumnItem, command: ItemCommand) => {
      const account = accountOf(item.accountId);
      const label = commandLabel(item, command, account);
      const permission = permissionFor(item, command);
      if (!permission.ok) {
        note(item.id, `${label}: not allowed. ${permission.reason ?? ''}`.trim());
        return;
      }
      if (command === 'reply') return onCompose({ accountId: item.accountId, replyTo: item.id });
      if (command === 'quote') return onCompose({ accountId: item.accountId, quoteOf: item.id });
      const action = command === 'handled' ? (item.handled ? 'unhandled' : 'handled') : command;
      getApi()
        .call('items.act', { accountId: item.accountId, itemId: item.id, action })
        .then((changed) => {
          onChanged(changed);
          const who = account ? ` as @${account.handle}` : '';
          note(item.id, command === 'handled' ? (changed.handled ? 'Marked handled' : 'Marked not handled') : `${DONE[command]}${who}`);
        })
        .catch((cause: unknown) => note(item.id, `${label} failed: ${errorMessage(cause)}`));
    },
    [accountOf, onCompose, onChanged, note],
  );

  const copyLink = useCallback(
    (item: ColumnItem) => {
      navigator.clipboard
        .writeText(postUrl(item.author.handle, item.id))
        .then(() => note(item.id, 'Link copied'))
        .catch(() => note(item.id, 'Could not copy: the browser did not allow it'));
    },
    [note],
  );

  return { notes, run, copyLink };
}
