// One post in a column, compact like TweetDeck: avatar beside one line of who and when, the text
// (entities, media with alt text, quoted post), and the actions (ItemActions). The account that
// received it is its colour; columns that mix accounts or searches also say which account it
// reached (showsReceiver).
import { memo } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem, ColumnKind, ItemAuthorView } from '../../../shared/columns';
import { readableTextOn } from '../accounts/colour';
import { initialsOf } from '../accounts/initials';
import { showsReceiver } from './column-kinds';
import { receiverText, type ItemCommand } from './item-actions';
import { exactTime, relativeAge } from './item-time';
import { ItemActions } from './ItemActions';
import { ItemMedia } from './ItemMedia';
import { ItemText } from './ItemText';
import './item-card.css';

export interface ItemCardProps {
  item: ColumnItem;
  /** The column showing it (undefined outside a column, as in a chat's stream). */
  columnKind?: ColumnKind | undefined;
  /** The account that received it. */
  account: AccountSummary | undefined;
  now: Date;
  locale: string;
  timeZone: string;
  note: string | undefined;
  active: boolean;
  onCommand: (item: ColumnItem, command: ItemCommand) => void;
  onCopyLink: (item: ColumnItem) => void;
}

function AuthorAvatar({ author }: { author: ItemAuthorView }): React.JSX.Element {
  return (
    <span className="item__avatar" aria-hidden="true">
      {initialsOf(author.displayName, author.handle)}
    </span>
  );
}

function replyContext(item: ColumnItem, account: AccountSummary | undefined): string | null {
  if (!item.replyToId) return null;
  if (account && item.inReplyToUserId === account.userId) return `Replying to @${account.handle}`;
  return 'Reply in a conversation';
}

export const ItemCard = memo(function ItemCard({ item, columnKind, account, now, locale, timeZone, note, active, onCommand, onCopyLink }: ItemCardProps): React.JSX.Element {
  const created = new Date(item.createdAt);
  const colour = account?.colour ?? '#425563';
  const receiver = showsReceiver(columnKind);
  // "mentions @x" already says a reply to that account reached it.
  const context = receiver && item.addressed && item.inReplyToUserId === account?.userId ? null : replyContext(item, account);
  const exact = exactTime(created, locale, timeZone);
  return (
    <article
      className={item.handled ? 'item item--handled' : 'item'}
      style={{ '--item-account': colour } as React.CSSProperties}
      tabIndex={active ? 0 : -1}
      data-item-id={item.id}
      aria-label={`@${item.author.handle}: ${item.text.slice(0, 80)}`}
    >
      <AuthorAvatar author={item.author} />
      <div className="item__body">
        {item.repostOf && <p className="item__context">↻ @{item.author.handle} reposted @{item.repostOf.author.handle}</p>}
        <header className="item__header">
          <span className="item__who">
            <span className="item__name">{item.author.displayName}</span> <span className="item__handle">@{item.author.handle}</span>
          </span>
          {item.handled && <span className="item__handled">✓ Handled</span>}
          <time className="item__time" dateTime={item.createdAt} title={exact}>
            {relativeAge(created, now)}
            <span className="visually-hidden">, {exact}</span>
          </time>
        </header>
        {(context || receiver) && (
          <p className="item__context">
            {receiver && (
              <span className="item__receiver-chip" style={{ background: colour, color: readableTextOn(colour) }}>
                {receiverText(item, account)}
              </span>
            )}
            {context}
          </p>
        )}
        <ItemText segments={item.segments} training={account?.training !== false} />
        <ItemMedia media={item.media} />
        {item.quoted && (
          <blockquote className="item__quoted">
            <p className="item__quoted-author">
              {item.quoted.author.displayName} <span className="item__handle">@{item.quoted.author.handle}</span>
            </p>
            <p>{item.quoted.text}</p>
          </blockquote>
        )}
        <ItemActions item={item} account={account} onCommand={(command) => onCommand(item, command)} onCopyLink={() => onCopyLink(item)} />
        {note && (
          <p className="item__note" role="status">
            {note}
          </p>
        )}
      </div>
    </article>
  );
});
