// The buttons under an item. A refused action stays focusable and says why (never a silent no-op).
import { useId } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem } from '../../../shared/columns';
import { commandLabel, permissionFor, pressedFor, visibleText, type ItemCommand } from './item-actions';
import { postUrl, profileUrl } from './item-links';
import { ExternalLink } from './ItemText';

interface ItemActionsProps {
  item: ColumnItem;
  account: AccountSummary | undefined;
  onCommand: (command: ItemCommand) => void;
  onCopyLink: () => void;
}

const SHOWN: readonly ItemCommand[] = ['reply', 'quote', 'like', 'repost', 'hide', 'mute', 'block', 'handled'];

function ActionButton({ item, account, command, onCommand }: { item: ColumnItem; account: AccountSummary | undefined; command: ItemCommand; onCommand: (command: ItemCommand) => void }): React.JSX.Element {
  const reasonId = useId();
  const permission = permissionFor(item, command);
  const label = commandLabel(item, command, account);
  const pressed = pressedFor(item, command);
  return (
    <>
      <button
        type="button"
        className="item__action"
        aria-label={label}
        aria-pressed={pressed}
        aria-disabled={permission.ok ? undefined : true}
        aria-describedby={permission.ok ? undefined : reasonId}
        title={permission.ok ? label : `${label}: not allowed. ${permission.reason ?? ''}`}
        data-action={command}
        onClick={() => onCommand(command)}
      >
        {visibleText(item, command)}
      </button>
      {!permission.ok && (
        <span id={reasonId} className="visually-hidden">
          {permission.reason ?? 'Not allowed for this account.'}
        </span>
      )}
    </>
  );
}

export function ItemActions({ item, account, onCommand, onCopyLink }: ItemActionsProps): React.JSX.Element {
  return (
    <div className="item__actions" role="group" aria-label={`Actions on the post by @${item.author.handle}`}>
      {SHOWN.map((command) => (
        <ActionButton key={command} item={item} account={account} command={command} onCommand={onCommand} />
      ))}
      <button type="button" className="item__action" aria-label="Copy link to the post" onClick={onCopyLink}>
        Copy link
      </button>
      <ExternalLink href={postUrl(item.author.handle, item.id)} label="Open the post on x.com (new tab)">
        <span className="item__action item__action--link">Open ↗</span>
      </ExternalLink>
      {!item.allowed.block.ok && (
        <ExternalLink href={profileUrl(item.author.handle)} label={`Open @${item.author.handle}'s profile on x.com to block (new tab)`}>
          <span className="item__action item__action--link">Profile ↗</span>
        </ExternalLink>
      )}
    </div>
  );
}
