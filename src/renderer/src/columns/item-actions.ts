// What can be done to an item, as data: the card's buttons and the keyboard shortcuts use the same list.
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem, ItemPermissions, Permission } from '../../../shared/columns';

export type ItemCommand = 'reply' | 'quote' | 'like' | 'repost' | 'hide' | 'mute' | 'block' | 'handled';

const ALLOWED: Permission = { ok: true, reason: null };

export const COMMAND_LABELS: Record<ItemCommand, string> = {
  reply: 'Reply',
  quote: 'Quote',
  like: 'Like',
  repost: 'Repost',
  hide: 'Hide reply',
  mute: 'Mute author',
  block: 'Block author',
  handled: 'Mark handled',
};

export function permissionFor(item: ColumnItem, command: ItemCommand): Permission {
  if (command === 'handled') return ALLOWED;
  return (item.allowed as ItemPermissions)[command];
}

/** "Like as @HorizonsNHS": every action that acts as an account names it. */
export function commandLabel(item: ColumnItem, command: ItemCommand, account: Pick<AccountSummary, 'handle'> | undefined): string {
  if (command === 'handled') return item.handled ? 'Mark not handled' : 'Mark handled';
  const base = COMMAND_LABELS[command];
  return account ? `${base} as @${account.handle}` : base;
}
