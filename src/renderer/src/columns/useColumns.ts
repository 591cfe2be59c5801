// The user's columns and their refresh status, kept in step with the core.
import { useCallback, useEffect, useState } from 'react';
import type { ColumnConfig, ColumnStatus } from '../../../shared/columns';
import type { MethodInput } from '../../../shared/contract';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';

export type ColumnsState = { state: 'loading' } | { state: 'ready'; columns: ColumnConfig[] } | { state: 'failed'; message: string };

export interface ColumnsControl {
  add: (input: MethodInput<'columns.add'>) => Promise<ColumnConfig>;
  update: (input: MethodInput<'columns.update'>) => Promise<void>;
  remove: (id: string) => Promise<void>;
  move: (id: string, by: -1 | 1) => Promise<void>;
}

const byPosition = (columns: ColumnConfig[]): ColumnConfig[] => [...columns].sort((a, b) => a.position - b.position);

export function useColumns(): [ColumnsState, Record<string, ColumnStatus>, ColumnsControl] {
  const [state, setState] = useState<ColumnsState>({ state: 'loading' });
  const [statuses, setStatuses] = useState<Record<string, ColumnStatus>>({});

  useEffect(() => {
    const api = getApi();
    let cancelled = false;
    api
      .call('columns.list')
      .then((columns) => !cancelled && setState({ state: 'ready', columns: byPosition(columns) }))
      .catch((cause: unknown) => !cancelled && setState({ state: 'failed', message: errorMessage(cause) }));
    api
      .call('columns.statuses')
      .then((list) => !cancelled && setStatuses(Object.fromEntries(list.map((status) => [status.columnId, status]))))
      .catch(() => undefined);
    const off = api.on('columns.status', (status) => setStatuses((current) => ({ ...current, [status.columnId]: status })));
    return () => {
      cancelled = true;
      off();
    };
  }, []);

  const setColumns = useCallback((columns: ColumnConfig[]) => setState({ state: 'ready', columns: byPosition(columns) }), []);

  const add = useCallback(
    async (input: MethodInput<'columns.add'>) => {
      const column = await getApi().call('columns.add', input);
      setState((previous) => (previous.state === 'ready' ? { state: 'ready', columns: byPosition([...previous.columns, column]) } : previous));
      return column;
    },
    [],
  );
  const update = useCallback(async (input: MethodInput<'columns.update'>) => {
    const column = await getApi().call('columns.update', input);
    setState((previous) =>
      previous.state === 'ready' ? { state: 'ready', columns: previous.columns.map((c) => (c.id === column.id ? column : c)) } : previous,
    );
  }, []);
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
