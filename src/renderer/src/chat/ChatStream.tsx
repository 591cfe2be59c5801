// Every chat post, newest on top, virtualised (an hour-long chat runs to hundreds). Arrivals never
// move what the user reads: away from the top they wait behind the "N new" bar, as in a column.
import type { AccountSummary } from '../../../shared/accounts';
import type { ChatEntry } from '../../../shared/chat';
import type { ColumnItem } from '../../../shared/columns';
import { openItem } from '../columns/open-target';
import type { ItemCommand } from '../columns/item-actions';
import { usePostList } from '../columns/usePostList';
import { EntryCard } from './EntryCard';

interface ChatStreamProps {
  /** Newest first. */
  entries: ChatEntry[];
  held: number;
  scrollRef: React.RefObject<HTMLDivElement | null>;
  host: AccountSummary | undefined;
  now: Date;
  locale: string;
  timeZone: string;
  notes: Record<string, string>;
  hidden: ReadonlySet<string>;
  loading: boolean;
  error: string | null;
  onShowNew: () => void;
  onCommand: (item: ColumnItem, command: ItemCommand) => void;
  onCopyLink: (item: ColumnItem) => void;
  onMention: (handle: string) => void;
}

export function ChatStream({ entries, held, scrollRef, host, now, locale, timeZone, notes, hidden, loading, error, onShowNew, onCommand, onCopyLink, onMention }: ChatStreamProps): React.JSX.Element {
  const { virtualizer, active, setActive, onFocus, onKeyDown } = usePostList({
    items: entries,
    idOf: (entry) => entry.item.id,
    estimateSize: 210,
    scrollRef,
    onCommand: (entry, command) => onCommand(entry.item, command),
    // Commands only from the card itself, not from a control inside it.
    commandTarget: 'article',
    onOpen: (entry, what) => openItem(entry.item, what, host),
  });

  // To the top once the held posts are in the list (the virtualizer measures them on that render).
  const showNew = (): void => {
    onShowNew();
    setActive(0);
    scrollRef.current?.scrollTo({ top: 0 });
    requestAnimationFrame(() => {
      virtualizer.scrollToOffset(0);
      requestAnimationFrame(() => virtualizer.scrollToOffset(0));
    });
  };

  return (
    <section className="chat-pane chat-stream" aria-labelledby="chat-stream-heading" data-testid="chat-stream">
      <header className="chat-pane__header">
        <h2 id="chat-stream-heading">Live stream</h2>
        <span className="hint">
          {entries.length} {entries.length === 1 ? 'post' : 'posts'} · j/k to move
        </span>
      </header>
      {/* The bar floats over the list: appearing, it must not push down what the user reads. */}
      <div className="chat-stream__body">
        {held > 0 && (
          <button type="button" className="column__new chat-stream__new" onClick={showNew} data-testid="chat-new-bar">
            {held} new {held === 1 ? 'post' : 'posts'} — show
          </button>
        )}
        <div ref={scrollRef} className="chat-pane__scroll" onKeyDown={onKeyDown} onFocus={onFocus}>
          {error && (
            <p className="column__message" role="alert">
              {error}
            </p>
          )}
          {!error && !loading && entries.length === 0 && <p className="column__message">No posts yet. They appear here as the hashtag column refreshes.</p>}
          <ul className="column__list" aria-label="Chat posts, newest first" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => {
              const entry = entries[row.index] as ChatEntry;
              return (
                <li key={row.key} data-index={row.index} ref={virtualizer.measureElement} className="column__row" style={{ transform: `translateY(${row.start}px)` }}>
                  <EntryCard
                    entry={entry}
                    host={host}
                    now={now}
                    locale={locale}
                    timeZone={timeZone}
                    note={notes[entry.item.id]}
                    hidden={hidden.has(entry.item.id)}
                    active={row.index === active}
                    onCommand={onCommand}
                    onCopyLink={onCopyLink}
                    onMention={onMention}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </section>
  );
}
