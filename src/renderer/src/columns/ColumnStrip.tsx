// The columns side by side (scrolling horizontally), their toolbar and dialogs, and the workspace
// shortcuts. Until there are columns, `empty` says what to do next.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem, ColumnKind } from '../../../shared/columns';
import type { Settings } from '../../../shared/settings';
import { getApi } from '../api';
import { useReconnects } from '../api/connection';
import { useMuteNotice } from '../guard/MuteNotice';
import { ColumnView } from './ColumnView';
import { useColumns } from './useColumns';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import type { ComposerStart } from '../compose/ComposerDialog';
import './columns.css';

export interface ColumnStripProps {
  accounts: AccountSummary[];
  settings: Settings;
  onCompose: (start?: ComposerStart) => void;
  /** What the strip shows without columns; `addColumn` opens the column picker. */
  empty: (addColumn: () => void) => ReactNode;
}

// The column view (with the virtualiser, about 35 kB) is in the first bundle: as a lazy chunk it
// was fetched only after the shell, and React holds a revealed Suspense boundary back up to 300 ms,
// so a launch with columns painted its cached items that much later. The dialogs load when opened.
const AddColumnDialog = lazy(async () => ({ default: (await import('./AddColumnDialog')).AddColumnDialog }));
const ColumnSettingsDialog = lazy(async () => ({ default: (await import('./ColumnSettingsDialog')).ColumnSettingsDialog }));
const ShortcutsDialog = lazy(async () => ({ default: (await import('./ShortcutsDialog')).ShortcutsDialog }));
const MuteWordsDialog = lazy(async () => ({ default: (await import('./MuteWordsDialog')).MuteWordsDialog }));

type Open = { kind: 'none' } | { kind: 'add'; columnKind?: ColumnKind } | { kind: 'settings'; columnId: string } | { kind: 'shortcuts' } | { kind: 'mute-words' };

function focusColumn(index: number): void {
  const column = document.querySelectorAll<HTMLElement>('[data-testid="column"]')[index];
  if (!column) return;
  column.scrollIntoView({ inline: 'nearest', block: 'nearest' });
  (column.querySelector<HTMLElement>('article[tabindex="0"]') ?? column.querySelector<HTMLElement>('h2'))?.focus();
}

export function ColumnStrip({ accounts, settings, onCompose, empty }: ColumnStripProps): React.JSX.Element {
  const [state, statuses, control] = useColumns();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const columns = state.state === 'ready' ? state.columns : [];
  const close = (): void => setOpen({ kind: 'none' });
  // Bumped when what columns may list changes (mute words, a muted author): every column reads again.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState('');
  const muteNotice = useMuteNotice(accounts);
  const reread = (message: string): void => {
    setGeneration((current) => current + 1);
    muteNotice.clear();
    setNotice(message);
  };
  // Core says what columns may list changed (muted or unmuted authors, mute words, the X plan).
  useEffect(() => getApi().on('columns.invalidated', () => setGeneration((current) => current + 1)), []);
  // The engine is back after a loss: every column reads its items again (what arrived meanwhile).
  const reconnects = useReconnects();
  const onMuted = (item: ColumnItem): void => {
    setGeneration((current) => current + 1);
    setNotice('');
    muteNotice.show(item);
  };

  useGlobalShortcuts({
    newPost: () => onCompose(),
    help: () => setOpen({ kind: 'shortcuts' }),
    jumpTo: focusColumn,
    firstItem: () => focusColumn(0),
    search: () => {
      const index = columns.findIndex((column) => column.kind === 'search');
      if (index >= 0) focusColumn(index);
      else setOpen({ kind: 'add', columnKind: 'search' });
    },
  });

  const settingsFor = open.kind === 'settings' ? columns.find((column) => column.id === open.columnId) : undefined;

  return (
    <>
      <div className="column-strip__toolbar">
        <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'add' })}>
          <span aria-hidden="true">+ </span>Add column
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => setOpen({ kind: 'mute-words' })}>
          Mute words
        </button>
        <button type="button" className="button button--small button--quiet" aria-keyshortcuts="?" onClick={() => setOpen({ kind: 'shortcuts' })}>
          Keyboard shortcuts
        </button>
        {muteNotice.element ?? (
          <p className="column-strip__notice" role="status">
            {notice}
          </p>
        )}
      </div>
      {state.state === 'failed' ? (
        <div className="columns__empty" role="alert">
          <p>Columns could not read your columns: {state.message}</p>
        </div>
      ) : state.state === 'ready' && columns.length === 0 ? (
        empty(() => setOpen({ kind: 'add' }))
      ) : (
        <div className="column-strip" data-testid="column-strip">
          <h1 className="visually-hidden">Columns</h1>
          {columns.map((column, index) => (
            <ColumnView
              // New filters mean a new list: the column starts again from the cache.
              key={`${column.id}:${JSON.stringify(column.filters)}`}
              column={column}
              number={index + 1}
              status={statuses[column.id]}
              accounts={accounts}
              locale={settings.locale}
              timeZone={settings.timeZone}
              first={index === 0}
              last={index === columns.length - 1}
              onMove={(by) => void control.move(column.id, by)}
              onWidth={(width) => control.update({ id: column.id, width })}
              onSettings={() => setOpen({ kind: 'settings', columnId: column.id })}
              onCompose={onCompose}
              onMuted={onMuted}
              generation={generation + reconnects}
            />
          ))}
        </div>
      )}
      <Suspense fallback={null}>
        {open.kind === 'add' && <AddColumnDialog accounts={accounts} {...(open.columnKind ? { initialKind: open.columnKind } : {})} onAdd={control.add} onClose={close} />}
        {settingsFor && <ColumnSettingsDialog column={settingsFor} onSave={control.update} onRemove={() => control.remove(settingsFor.id)} onClose={close} />}
        {open.kind === 'shortcuts' && <ShortcutsDialog onClose={close} />}
        {open.kind === 'mute-words' && (
          <MuteWordsDialog
            onSaved={(words) => reread(words.length === 0 ? 'No words muted in every column.' : `Muted in every column: ${words.length} ${words.length === 1 ? 'word' : 'words'}.`)}
            onClose={close}
          />
        )}
      </Suspense>
    </>
  );
}
