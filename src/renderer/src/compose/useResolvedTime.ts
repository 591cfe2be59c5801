// The scheduled wall time, turned into one instant by the core (DST rules live there): a time that
// does not exist comes back with a suggestion, one that happens twice with both options.
import { useEffect, useState } from 'react';
import type { ResolvedLocal } from '../../../shared/schedule';
import { errorMessage } from '../api/error-message';
import { getApi } from '../api';

export type Resolution = { kind: 'idle' } | { kind: 'resolving' } | { kind: 'failed'; message: string } | ResolvedLocal;

export function useResolvedTime(local: string | null, zone: string): Resolution {
  const [resolution, setResolution] = useState<{ key: string; value: Resolution } | null>(null);
  const key = `${local ?? ''}|${zone}`;

  useEffect(() => {
    if (!local) return;
    let cancelled = false;
    getApi()
      .call('schedule.resolveLocal', { local, zone })
      .then((value) => {
        if (!cancelled) setResolution({ key, value });
      })
      .catch((error: unknown) => {
        if (!cancelled) setResolution({ key, value: { kind: 'failed', message: errorMessage(error) } });
      });
    return () => {
      cancelled = true;
    };
  }, [local, zone, key]);

  if (!local) return { kind: 'idle' };
  return resolution?.key === key ? resolution.value : { kind: 'resolving' };
}
