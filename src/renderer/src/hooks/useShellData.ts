import { useCallback, useEffect, useState } from 'react';
import type { AccountSummary, AppInfo } from '../../../shared/contract';
import type { Settings } from '../../../shared/settings';
import { getApi } from '../api';

export type ShellData =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; info: AppInfo; settings: Settings; accounts: AccountSummary[] };

/** Everything the shell needs, loaded once through the contract and kept fresh by core events. */
export function useShellData(): [ShellData, (patch: Partial<Settings>) => Promise<void>] {
  const [data, setData] = useState<ShellData>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let unsubscribe = (): void => undefined;
    try {
      const api = getApi();
      unsubscribe = api.on('settings.changed', (settings) => {
        setData((current) => (current.state === 'ready' ? { ...current, settings } : current));
      });
      Promise.all([api.call('app.info'), api.call('settings.get'), api.call('accounts.list')])
        .then(([info, settings, accounts]) => {
          if (!cancelled) setData({ state: 'ready', info, settings, accounts });
        })
        .catch((error: unknown) => {
          if (!cancelled) setData({ state: 'failed', message: (error as Error).message });
        });
    } catch (error) {
      // getApi() throws synchronously when this window has no usable transport (e.g. browser mode
      // opened without its token); showing that failure once, at mount, is the intent.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- one-off error state, no cascade
      setData({ state: 'failed', message: (error as Error).message });
    }
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, []);

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

  return [data, updateSettings];
}
