// What can be done to an item, as data: the card's buttons and the keyboard shortcuts use the same list.
// Like, repost and hide are toggles: once done (the item's state says so) they offer the undo.
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem, ItemActionName, ItemPermissions, Permission } from '../../../shared/columns';

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

type Toggle = 'like' | 'repost' | 'hide' | 'handled';

/** Whether a toggle command is "on" for this item (what aria-pressed says); undefined for the rest. */
export function pressedFor(item: ColumnItem, command: ItemCommand): boolean | undefined {
  switch (command) {
    case 'like':
      return item.state.liked;
    case 'repost':
      return item.state.reposted;
    case 'hide':
      return item.state.hidden;
    case 'handled':
      return item.handled;
    default:
      return undefined;
  }
}

const UNDO_LABELS: Record<Toggle, string> = { like: 'Unlike', repost: 'Undo repost', hide: 'Unhide reply', handled: 'Mark not handled' };
const UNDO_ACTIONS: Record<Toggle, ItemActionName> = { like: 'unlike', repost: 'unrepost', hide: 'unhide', handled: 'unhandled' };

/** The items.act action a command runs now: the undo when the toggle is on. */
export function actionFor(item: ColumnItem, command: Exclude<ItemCommand, 'reply' | 'quote'>): ItemActionName {
  return pressedFor(item, command) ? UNDO_ACTIONS[command as Toggle] : command;
}

/** The short text on the button ("Like", "Unlike"). */
export function visibleText(item: ColumnItem, command: ItemCommand): string {
  if (pressedFor(item, command)) return command === 'hide' ? 'Unhide' : UNDO_LABELS[command as Toggle];
  return { ...COMMAND_LABELS, hide: 'Hide', mute: 'Mute', block: 'Block', handled: 'Handled' }[command];
}

export function permissionFor(item: ColumnItem, command: ItemCommand): Permission {
  if (command === 'handled') return ALLOWED;
  return (item.allowed as ItemPermissions)[command];
}

/** "Like as @HorizonsNHS", "Unlike as @HorizonsNHS": every action that acts as an account names it. */
export function commandLabel(item: ColumnItem, command: ItemCommand, account: Pick<AccountSummary, 'handle'> | undefined): string {
  const base = pressedFor(item, command) ? UNDO_LABELS[command as Toggle] : COMMAND_LABELS[command];
  if (command === 'handled') return base;
  return account ? `${base} as @${account.handle}` : base;
}
