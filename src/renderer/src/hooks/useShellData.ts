import { useCallback, useEffect, useState } from 'react';
import type { AccountSummary, AppInfo } from '../../../shared/contract';
import type { Settings } from '../../../shared/settings';
import { getApi } from '../api';
import { useReconnects } from '../api/connection';
import { syncCoreClock } from '../core-clock';
import { askColumnsEarly } from '../columns/early-columns';

export type ShellData =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; info: AppInfo; settings: Settings; accounts: AccountSummary[] };

export interface ShellActions {
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  /** Takes a fresh account list from a method's answer (the `accounts.changed` event follows anyway). */
  setAccounts: (accounts: AccountSummary[]) => void;
  /** Takes one account's fresh state (an update, a connect), adding it if new. */
  upsertAccount: (account: AccountSummary) => void;
}

/** Everything the shell needs, loaded once through the contract and kept fresh by core events. */
export function useShellData(): [ShellData, ShellActions] {
  const [data, setData] = useState<ShellData>({ state: 'loading' });
  // Read again whenever the engine comes back: accounts may have been reconnected meanwhile.
  const reconnects = useReconnects();

  const setAccounts = useCallback((accounts: AccountSummary[]) => {
    setData((current) => (current.state === 'ready' ? { ...current, accounts } : current));
  }, []);

  const upsertAccount = useCallback((account: AccountSummary) => {
    setData((current) => {
      if (current.state !== 'ready') return current;
      const known = current.accounts.some((existing) => existing.id === account.id);
      const accounts = known
        ? current.accounts.map((existing) => (existing.id === account.id ? account : existing))
        : [...current.accounts, account];
      return { ...current, accounts };
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    const unsubscribers: (() => void)[] = [];
    try {
      const api = getApi();
      unsubscribers.push(
        api.on('settings.changed', (settings) => {
          setData((current) => (current.state === 'ready' ? { ...current, settings } : current));
        }),
        api.on('accounts.changed', setAccounts),
      );
      // The columns' list and first pages travel with these, not after the shell painted.
      askColumnsEarly(api);
      Promise.all([api.call('app.info'), api.call('settings.get'), api.call('accounts.list')])
        .then(([info, settings, accounts]) => {
          syncCoreClock(info.clock);
          if (!cancelled) setData({ state: 'ready', info, settings, accounts });
        })
        .catch((error: unknown) => {
          // A screen already shown stays (greyed, under the engine banner) rather than turning into an error page.
          if (!cancelled) setData((current) => (current.state === 'ready' ? current : { state: 'failed', message: (error as Error).message }));
        });
    } catch (error) {
      // getApi() throws synchronously when this window has no usable transport (e.g. browser mode
      // opened without its token); showing that failure once, at mount, is the intent.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- one-off error state, no cascade
      setData({ state: 'failed', message: (error as Error).message });
    }
    return () => {
      cancelled = true;
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [setAccounts, reconnects]);

  // Optimistic: the control reflects the choice at once; the core's answer (or the old value, on error) settles it.
  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    let previous: Settings | undefined;
    setData((current) => {
      if (current.state !== 'ready') return current;
      previous = current.settings;
      return { ...current, settings: { ...current.settings, ...patch } };
    });
    try {
      const settings = await getApi().call('settings.update', patch);
      setData((current) => (current.state === 'ready' ? { ...current, settings } : current));
    } catch (error) {
      setData((current) => (current.state === 'ready' && previous ? { ...current, settings: previous } : current));
      throw error;
    }
  }, []);

  return [data, { updateSettings, setAccounts, upsertAccount }];
}
