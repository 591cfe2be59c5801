// One column: header, the "N new" bar, and a virtualised list of items. New items never move what
// the user is reading: they wait behind the bar unless the list is at its top.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnConfig, ColumnItem, ColumnStatus } from '../../../shared/columns';
import { getApi } from '../api';
import { useNow } from '../hooks/useNow';
import { isLocalKind } from './column-kinds';
import { ColumnHeader } from './ColumnHeader';
import { openItem } from './open-target';
import { ItemCard } from './ItemCard';
import { ResizeHandle } from './ResizeHandle';
import { useColumnItems } from './useColumnItems';
import type { ComposerStart } from '../compose/ComposerDialog';
import { useItemCommands } from './useItemCommands';
import { usePostList } from './usePostList';

interface ColumnViewProps {
  column: ColumnConfig;
  number: number;
  status: ColumnStatus | undefined;
  accounts: AccountSummary[];
  locale: string;
  timeZone: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onWidth: (width: number) => Promise<void>;
  onSettings: () => void;
  onCompose: (start: ComposerStart) => void;
  /** The account muted an author (their posts leave every column of that account). */
  onMuted: (item: ColumnItem) => void;
  /** Changes when what columns may list changed (global mute words, a muted author): read again. */
  generation: number;
}

export function ColumnView({ column, number, status, accounts, locale, timeZone, first, last, onMove, onWidth, onSettings, onCompose, onMuted, generation }: ColumnViewProps): React.JSX.Element {
  const titleId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  // While dragging, the width shown runs ahead of the saved one.
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const width = dragWidth ?? column.width;
  const now = useNow();

  const atTop = useCallback(() => (scrollRef.current?.scrollTop ?? 0) < 8, []);
  const feed = useColumnItems(column.id, atTop, generation, { local: isLocalKind(column.kind), hideHandled: column.filters.hideHandled });
  const accountOf = useCallback((id: string) => accounts.find((account) => account.id === id), [accounts]);
  const commands = useItemCommands(accountOf, onCompose, feed.replace, onMuted, accounts);
  const account = column.accountId ? accountOf(column.accountId) : undefined;

  const { virtualizer, active, setActive, onFocus, onKeyDown } = usePostList({
    items: feed.items,
    idOf: (item) => item.id,
    estimateSize: 112,
    scrollRef,
    onCommand: commands.run,
    onOpen: (item, what) => openItem(item, what, accountOf(item.accountId)),
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastShown = virtualItems[virtualItems.length - 1]?.index ?? 0;
  const { hasMore, loadMore } = feed;
  useEffect(() => {
    if (hasMore && lastShown >= feed.items.length - 10) loadMore();
  }, [hasMore, lastShown, feed.items.length, loadMore]);

  const newCount = feed.held > 0 ? feed.held : (status?.newCount ?? 0);
  // The held items go on top in the next render; only once they are in the list is "the top" theirs
  // (scrolling before that is undone by the list re-measuring and the browser's scroll anchoring).
  const pendingTop = useRef(false);
  useEffect(() => {
    if (!pendingTop.current) return;
    pendingTop.current = false;
    virtualizer.scrollToOffset(0);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [feed.items, virtualizer]);
  const showNew = (): void => {
    pendingTop.current = feed.held > 0;
    feed.showNew();
    scrollRef.current?.scrollTo({ top: 0 });
    setActive(0);
    getApi().call('columns.markSeen', { id: column.id }).catch(() => undefined);
  };

  return (
    <section className="column" aria-labelledby={titleId} style={{ width }} data-testid="column" data-column-id={column.id}>
      <ColumnHeader
        column={column}
        number={number}
        titleId={titleId}
        account={account}
        status={status}
        first={first}
        last={last}
        onMove={onMove}
        onRefresh={() => void getApi().call('columns.refresh', { id: column.id }).catch(() => undefined)}
        onSettings={onSettings}
      />
      {newCount > 0 && (
        <button type="button" className="column__new" onClick={showNew}>
          {newCount} new {newCount === 1 ? 'post' : 'posts'} — show
        </button>
      )}
      <div ref={scrollRef} className="column__scroll" onKeyDown={onKeyDown} onFocus={onFocus}>
        {feed.error && <p className="column__message" role="alert">{feed.error}</p>}
        {!feed.error && !feed.loading && feed.items.length === 0 && <p className="column__message">Nothing here yet.</p>}
        <ul className="column__list" aria-label={`${column.title} posts`} style={{ height: virtualizer.getTotalSize() }}>
          {virtualItems.map((row) => {
            const item = feed.items[row.index] as ColumnItem;
            return (
              <li key={row.key} data-index={row.index} ref={virtualizer.measureElement} className="column__row" style={{ transform: `translateY(${row.start}px)` }}>
                <ItemCard
                  item={item}
                  columnKind={column.kind}
                  account={accountOf(item.accountId)}
                  now={now}
                  locale={locale}
                  timeZone={timeZone}
                  note={commands.notes[item.id]}
                  active={row.index === active}
                  onCommand={commands.run}
                  onCopyLink={commands.copyLink}
                />
              </li>
            );
          })}
        </ul>
      </div>
      <ResizeHandle label={`Width of ${column.title}`} width={width} onResize={setDragWidth} onCommit={(next) => void onWidth(next).finally(() => setDragWidth(null))} />
    </section>
  );
}
