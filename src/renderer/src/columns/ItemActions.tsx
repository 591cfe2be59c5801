// A card's actions, laid out from the item's capability list (actionLayout): one row of icon
// buttons for what the account may do, shown on hover and keyboard focus, and a "⋯" menu with the
// rarer actions, the links, and everything the account may not do here with the reason. A refused
// action in the menu stays focusable and, pressed, says why (never a silent no-op).
import { useId, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem } from '../../../shared/columns';
import { actionLayout, commandLabel, pressedFor, type ItemCommand } from './item-actions';
import { ItemIcon } from './ItemIcon';
import { ItemLinks } from './ItemLinks';

interface ItemActionsProps {
  item: ColumnItem;
  account: AccountSummary | undefined;
  onCommand: (command: ItemCommand) => void;
  onCopyLink: () => void;
}

function RowButton({ item, account, command, onCommand }: { item: ColumnItem; account: AccountSummary | undefined; command: ItemCommand; onCommand: (command: ItemCommand) => void }): React.JSX.Element {
  const label = commandLabel(item, command, account);
  const pressed = pressedFor(item, command);
  return (
    <button type="button" className="item__action" aria-label={label} aria-pressed={pressed} title={label} data-action={command} onClick={() => onCommand(command)}>
      <ItemIcon name={command} filled={pressed === true} />
    </button>
  );
}

function RefusedEntry({ item, account, command, reason, onCommand }: { item: ColumnItem; account: AccountSummary | undefined; command: ItemCommand; reason: string; onCommand: (command: ItemCommand) => void }): React.JSX.Element {
  const reasonId = useId();
  const label = commandLabel(item, command, account);
  return (
    <li className="item__menu-refused">
      <button type="button" className="item__menu-item" aria-label={label} aria-disabled="true" aria-describedby={reasonId} data-action={command} onClick={() => onCommand(command)}>
        <ItemIcon name={command} /> {label}
      </button>
      <span id={reasonId} className="item__menu-reason">
        {reason}
      </span>
    </li>
  );
}

export function ItemActions({ item, account, onCommand, onCopyLink }: ItemActionsProps): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const layout = actionLayout(item);
  const close = (): void => setOpen(false);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    close();
    toggle.current?.focus();
  };
  const onBlur = (event: React.FocusEvent): void => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
  };

  return (
    <div className={open ? 'item__actions item__actions--open' : 'item__actions'} role="group" aria-label={`Actions on the post by @${item.author.handle}`} onKeyDown={onKeyDown} onBlur={onBlur}>
      {layout.row.map((command) => (
        <RowButton key={command} item={item} account={account} command={command} onCommand={onCommand} />
      ))}
      <button
        ref={toggle}
        type="button"
        className="item__action"
        aria-label={`More actions on the post by @${item.author.handle}`}
        title="More actions"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        <ItemIcon name="more" />
      </button>
      <ul id={menuId} className="item__menu" hidden={!open}>
        {layout.menu.map((command) => (
          <li key={command}>
            <button type="button" className="item__menu-item" aria-label={commandLabel(item, command, account)} data-action={command} onClick={() => onCommand(command)}>
              <ItemIcon name={command} /> {commandLabel(item, command, account)}
            </button>
          </li>
        ))}
        <ItemLinks item={item} account={account} onCopyLink={onCopyLink} close={close} />
        {layout.refused.length > 0 && <li className="item__menu-heading">Not available for this account</li>}
        {layout.refused.map(({ command, reason }) => (
          <RefusedEntry key={command} item={item} account={account} command={command} reason={reason} onCommand={onCommand} />
        ))}
      </ul>
    </div>
  );
}
