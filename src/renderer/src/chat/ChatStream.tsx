// Every chat post, newest on top, virtualised (an hour-long chat runs to hundreds). Arrivals never
// move what the user reads: away from the top they wait behind the "N new" bar, as in a column.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ChatEntry } from '../../../shared/chat';
import type { ColumnItem } from '../../../shared/columns';
import type { ItemCommand } from '../columns/item-actions';
import { isTypingIn } from '../columns/typing-target';
import { EntryCard } from './EntryCard';

const KEY_COMMANDS: Record<string, ItemCommand> = { r: 'reply', l: 'like', t: 'repost', h: 'hide' };

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
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; nothing memoised depends on it
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 210,
    overscan: 4,
    getItemKey: (index) => entries[index]?.item.id ?? index,
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

  const focusEntry = (index: number): void => {
    const target = Math.max(0, Math.min(entries.length - 1, index));
    setActive(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const id = entries[target]?.item.id ?? '';
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`)?.focus());
  };

  const onFocus = (event: React.FocusEvent): void => {
    const li = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (li) setActive(Number(li.dataset['index']));
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTypingIn(event.target)) return;
    const li = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = li ? Number(li.dataset['index']) : -1;
    if (index < 0) return;
    const entry = entries[index];
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      event.stopPropagation();
      focusEntry(index + (event.key === 'j' ? 1 : -1));
      return;
    }
    const command = KEY_COMMANDS[event.key];
    if (command && entry && (event.target as HTMLElement).matches('article')) {
      event.preventDefault();
      event.stopPropagation();
      onCommand(entry.item, command);
    }
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
          <ul ref={listRef} className="column__list" aria-label="Chat posts, newest first" style={{ height: virtualizer.getTotalSize() }}>
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
