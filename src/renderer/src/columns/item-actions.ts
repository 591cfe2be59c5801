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
  if (command === 'handled') return item.allowed.handled ?? ALLOWED;
  return (item.allowed as ItemPermissions)[command];
}

/** "Like as @HorizonsNHS", "Unlike as @HorizonsNHS": every action that acts as an account names it. */
export function commandLabel(item: ColumnItem, command: ItemCommand, account: Pick<AccountSummary, 'handle'> | undefined): string {
  const base = pressedFor(item, command) ? UNDO_LABELS[command as Toggle] : COMMAND_LABELS[command];
  if (command === 'handled') return base;
  return account ? `${base} as @${account.handle}` : base;
}

/** The everyday actions: one icon each in the card's row, when the account may take them. */
const ROW_COMMANDS: readonly ItemCommand[] = ['reply', 'repost', 'like', 'quote', 'hide', 'handled'];
/** The rarer ones, in the "⋯" menu. */
const MENU_COMMANDS: readonly ItemCommand[] = ['mute', 'block'];

export interface ActionLayout {
  /** Allowed everyday actions, in row order. */
  row: ItemCommand[];
  /** Allowed rarer actions. */
  menu: ItemCommand[];
  /** What the account may not do here, each with its reason (listed in the menu, never in the row). */
  refused: { command: ItemCommand; reason: string }[];
}

/** Where each action goes, from the item's capability list alone (no network's rules here). */
export function actionLayout(item: ColumnItem): ActionLayout {
  const ok = (command: ItemCommand): boolean => permissionFor(item, command).ok;
  return {
    row: ROW_COMMANDS.filter(ok),
    menu: MENU_COMMANDS.filter(ok),
    refused: [...ROW_COMMANDS, ...MENU_COMMANDS]
      .filter((command) => !ok(command))
      .map((command) => ({ command, reason: permissionFor(item, command).reason ?? 'Not allowed for this account.' })),
  };
}

/**
 * Which account a post reached, for columns that mix accounts or searches: "mentions @x" when it
 * speaks to that account, otherwise "via @x" (never "to" for a post that does not address it).
 */
export function receiverText(item: ColumnItem, account: Pick<AccountSummary, 'handle'> | undefined): string {
  const handle = account ? `@${account.handle}` : 'an account no longer connected';
  return item.addressed ? `mentions ${handle}` : `via ${handle}`;
}
