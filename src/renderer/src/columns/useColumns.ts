// The user's columns and their refresh status, kept in step with the core.
import { useCallback, useEffect, useState } from 'react';
import type { ColumnConfig, ColumnStatus } from '../../../shared/columns';
import type { MethodInput } from '../../../shared/contract';
import { getApi } from '../api';
import { useReconnects } from '../api/connection';
import { errorMessage } from '../api/error-message';
import { takeEarlyList, takeEarlyStatuses } from './early-columns';

export type ColumnsState = { state: 'loading' } | { state: 'ready'; columns: ColumnConfig[] } | { state: 'failed'; message: string };

export interface ColumnsControl {
  add: (input: MethodInput<'columns.add'>) => Promise<ColumnConfig>;
  update: (input: MethodInput<'columns.update'>) => Promise<void>;
  remove: (id: string) => Promise<void>;
  move: (id: string, by: -1 | 1) => Promise<void>;
}

const byPosition = (columns: ColumnConfig[]): ColumnConfig[] => [...columns].sort((a, b) => a.position - b.position);

/**
 * The last list core gave this window: a strip mounted while the engine cannot be reached (the
 * user switched views meanwhile) shows the columns it had, not "No columns yet".
 */
let lastKnown: ColumnConfig[] | null = null;

export function useColumns(): [ColumnsState, Record<string, ColumnStatus>, ColumnsControl] {
  const [state, setStateNow] = useState<ColumnsState>(() => (lastKnown ? { state: 'ready', columns: lastKnown } : { state: 'loading' }));
  const [statuses, setStatuses] = useState<Record<string, ColumnStatus>>({});
  const reconnects = useReconnects();
  const setState = useCallback((next: ColumnsState | ((previous: ColumnsState) => ColumnsState)) => {
    setStateNow((previous) => {
      const value = typeof next === 'function' ? next(previous) : next;
      if (value.state === 'ready') lastKnown = value.columns;
      return value;
    });
  }, []);

  useEffect(() => {
    const api = getApi();
    let cancelled = false;
    (takeEarlyList() ?? api.call('columns.list'))
      .then((columns) => !cancelled && setState({ state: 'ready', columns: byPosition(columns) }))
      // Columns already shown stay (greyed, under the engine banner) when the list cannot be read again.
      .catch((cause: unknown) => !cancelled && setState((previous) => (previous.state === 'ready' ? previous : { state: 'failed', message: errorMessage(cause) })));
    (takeEarlyStatuses() ?? api.call('columns.statuses'))
      .then((list) => !cancelled && setStatuses(Object.fromEntries(list.map((status) => [status.columnId, status]))))
      .catch(() => undefined);
    const offStatus = api.on('columns.status', (status) => setStatuses((current) => ({ ...current, [status.columnId]: status })));
    const offList = api.on('columns.changed', (columns) => setState({ state: 'ready', columns: byPosition(columns) }));
    return () => {
      cancelled = true;
      offStatus();
      offList();
    };
  }, [reconnects, setState]);

  const setColumns = useCallback((columns: ColumnConfig[]) => setState({ state: 'ready', columns: byPosition(columns) }), [setState]);

  const add = useCallback(
    async (input: MethodInput<'columns.add'>) => {
      const column = await getApi().call('columns.add', input);
      // columns.changed may have brought it already (core announces the list before it answers).
      setState((previous) => (previous.state === 'ready' ? { state: 'ready', columns: byPosition([...previous.columns.filter((c) => c.id !== column.id), column]) } : previous));
      return column;
    },
    [setState],
  );
  const update = useCallback(async (input: MethodInput<'columns.update'>) => {
    const column = await getApi().call('columns.update', input);
    setState((previous) =>
      previous.state === 'ready' ? { state: 'ready', columns: previous.columns.map((c) => (c.id === column.id ? column : c)) } : previous,
    );
  }, [setState]);
  const remove = useCallback(async (id: string) => setColumns(await getApi().call('columns.remove', { id })), [setColumns]);
  const move = useCallback(
    async (id: string, by: -1 | 1) => {
      if (state.state !== 'ready') return;
      const ids = state.columns.map((column) => column.id);
      const from = ids.indexOf(id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= ids.length) return;
      [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
      setColumns(await getApi().call('columns.reorder', { ids }));
    },
    [state, setColumns],
  );

  return [state, statuses, { add, update, remove, move }];
}
