// Posts that need the host's eye (spam, abuse): hide the reply, mute the author, block on x.com
// (not in X's API), or mark handled — handled posts leave the lane. Each action says what happened.
// Critical but civil posts are answered, never hidden: the lane offers Reply and Mark handled only.
import type { AccountSummary } from '../../../shared/accounts';
import type { ChatEntry } from '../../../shared/chat';
import type { ColumnItem } from '../../../shared/columns';
import { commandLabel, permissionFor } from '../columns/item-actions';
import { profileUrl } from '../columns/item-links';
import { relativeAge } from '../columns/item-time';
import { ExternalLink, ItemText } from '../columns/ItemText';
import type { ItemCommand } from '../columns/item-actions';
import { ROLE_LABELS } from './roles';

interface ModerationLaneProps {
  entries: ChatEntry[];
  host: AccountSummary | undefined;
  now: Date;
  hidden: ReadonlySet<string>;
  notes: Record<string, string>;
  onCommand: (item: ColumnItem, command: ItemCommand) => void;
  onUnhide: (item: ColumnItem) => void;
  onReply: (item: ColumnItem) => void;
}

const CRITICAL_GUIDANCE = 'NHS guidance: answer legitimate criticism; do not hide it.';

export function ModerationLane({ entries, host, now, hidden, notes, onCommand, onUnhide, onReply }: ModerationLaneProps): React.JSX.Element {
  const waiting = entries.filter((entry) => entry.moderation !== null && !entry.item.handled);
  const handled = entries.filter((entry) => entry.moderation !== null && entry.item.handled).length;
  return (
    <section className="chat-pane chat-lane" aria-labelledby="chat-lane-heading" data-testid="moderation-lane">
      <header className="chat-pane__header">
        <h2 id="chat-lane-heading">
          Moderation <span className={`chat-lane__count${waiting.length === 0 ? ' chat-lane__count--none' : ''}`}>{waiting.length}</span>
        </h2>
        <span className="hint">{handled > 0 ? `${handled} handled` : 'Flagged posts wait here'}</span>
      </header>
      <div className="chat-pane__scroll" tabIndex={0} role="region" aria-label="Flagged posts">
        {waiting.length === 0 ? (
          <p className="column__message">Nothing to moderate.</p>
        ) : (
          <ul className="lane">
            {waiting.map((entry) => {
              const { item } = entry;
              const isHidden = hidden.has(item.id);
              const button = (command: ItemCommand, text: string): React.JSX.Element => {
                const permission = permissionFor(item, command);
                const label = commandLabel(item, command, host);
                return (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={label}
                    aria-disabled={permission.ok ? undefined : true}
                    title={permission.ok ? label : `${label}: not allowed. ${permission.reason ?? ''}`}
                    data-action={command}
                    onClick={() => onCommand(item, command)}
                  >
                    {text}
                  </button>
                );
              };
              const role = ROLE_LABELS[entry.role];
              const critical = entry.moderation?.kind === 'critical';
              return (
                <li key={item.id} className={`lane__item${isHidden ? ' lane__item--hidden' : ''}`} data-entry-id={item.id} aria-label={`Flagged: ${entry.moderation?.reason ?? ''}, by @${item.author.handle}`}>
                  <p className="lane__why">
                    <span className={`kind-tag kind-tag--flag kind-tag--${entry.moderation?.kind ?? 'spam'}`}>⚑ {entry.moderation?.reason}</span>
                    {role && <span className={`role-badge role-badge--${entry.role}`}>{role}</span>}
                    {isHidden && <span className="kind-tag kind-tag--hidden">Hidden</span>}
                  </p>
                  <p className="answer__who">
                    <span className="answer__name">{item.author.displayName}</span> <span className="item__handle">@{item.author.handle}</span>
                    <time className="answer__time" dateTime={item.createdAt}>
                      {relativeAge(new Date(item.createdAt), now)}
                    </time>
                  </p>
                  <ItemText segments={item.segments} training={host?.training !== false} />
                  {critical && <p className="lane__guidance">{CRITICAL_GUIDANCE}</p>}
                  <div className="lane__actions" role="group" aria-label={`Moderate the post by @${item.author.handle}`}>
                    {critical ? (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`Reply to @${item.author.handle}`}
                        aria-disabled={item.allowed.reply.ok ? undefined : true}
                        title={item.allowed.reply.ok ? `Reply to @${item.author.handle}` : `Reply: not allowed. ${item.allowed.reply.reason ?? ''}`}
                        data-action="reply"
                        onClick={() => onReply(item)}
                      >
                        Reply
                      </button>
                    ) : (
                      <>
                        {isHidden ? (
                          <button type="button" className="button button--small" onClick={() => onUnhide(item)}>
                            Unhide
                          </button>
                        ) : (
                          button('hide', 'Hide reply')
                        )}
                        {button('mute', 'Mute')}
                        {host?.training === false ? (
                          <ExternalLink href={profileUrl(item.author.handle)} label={`Block @${item.author.handle}: opens the profile on x.com (new tab)`}>
                            <span className="button button--small lane__link">Block ↗</span>
                          </ExternalLink>
                        ) : (
                          <button type="button" className="button button--small" aria-label={`Block @${item.author.handle} (training: opens their profile here)`} onClick={() => onCommand(item, 'block')}>
                            Block
                          </button>
                        )}
                      </>
                    )}
                    <button type="button" className="button button--small button--primary" aria-label={`Mark handled: the post by @${item.author.handle}`} onClick={() => onCommand(item, 'handled')}>
                      {critical ? 'Mark handled' : 'Handled'}
                    </button>
                  </div>
                  {notes[item.id] && (
                    <p className="item__note" role="status">
                      {notes[item.id]}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
