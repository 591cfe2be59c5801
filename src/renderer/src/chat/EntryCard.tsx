// One chat post: the column's item card, with who wrote it (host, co-host and guest carry a badge
// and a tint everywhere), what it is (Q2, A2, a reply), why it is in the moderation lane, and —
// where X allows no reply — the reason and a new post mentioning the author instead.
import { memo } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ChatEntry } from '../../../shared/chat';
import type { ColumnItem } from '../../../shared/columns';
import type { ItemCommand } from '../columns/item-actions';
import { ItemCard } from '../columns/ItemCard';
import { kindLabel, ROLE_LABELS } from './roles';

export interface EntryCardProps {
  entry: ChatEntry;
  host: AccountSummary | undefined;
  now: Date;
  locale: string;
  timeZone: string;
  note: string | undefined;
  hidden: boolean;
  active: boolean;
  onCommand: (item: ColumnItem, command: ItemCommand) => void;
  onCopyLink: (item: ColumnItem) => void;
  onMention: (handle: string) => void;
}

export const EntryCard = memo(function EntryCard({ entry, host, now, locale, timeZone, note, hidden, active, onCommand, onCopyLink, onMention }: EntryCardProps): React.JSX.Element {
  const { item, role } = entry;
  const roleLabel = ROLE_LABELS[role];
  const kind = kindLabel(entry);
  const noReply = !item.allowed.reply.ok && role !== 'host';
  return (
    <div className={`chat-entry chat-entry--${role}${hidden ? ' chat-entry--hidden' : ''}`} data-entry-id={item.id} data-kind={entry.kind} data-question={entry.question ?? ''}>
      {(roleLabel || kind || entry.moderation || hidden) && (
        <p className="chat-entry__tags">
          {roleLabel && <span className={`role-badge role-badge--${role}`}>{roleLabel}</span>}
          {kind && <span className="kind-tag">{kind}</span>}
          {hidden && <span className="kind-tag kind-tag--hidden">Hidden reply</span>}
          {entry.moderation && <span className={`kind-tag kind-tag--flag kind-tag--${entry.moderation.kind}`}>⚑ {entry.moderation.reason}</span>}
        </p>
      )}
      <ItemCard item={item} account={host} now={now} locale={locale} timeZone={timeZone} note={note} active={active} onCommand={onCommand} onCopyLink={onCopyLink} />
      {noReply && (
        <p className="chat-entry__noreply">
          <span>Can’t reply: {item.allowed.reply.reason ?? 'X does not allow a reply here.'}</span>{' '}
          <button type="button" className="link-button" onClick={() => onMention(item.author.handle)}>
            New post mentioning @{item.author.handle}
          </button>
        </p>
      )}
    </div>
  );
});
