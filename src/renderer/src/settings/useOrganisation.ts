import { useEffect, useState } from 'react';
import type { OrgLockable, OrganisationView } from '../../../shared/organisation';
import { getApi } from '../api';

/** The organisation file in force, kept current as IT changes it on disk. */
export function useOrganisation(): OrganisationView | null {
  const [view, setView] = useState<OrganisationView | null>(null);
  useEffect(() => {
    let cancelled = false;
    const api = getApi();
    const unsubscribe = api.on('organisation.changed', setView);
    api
      .call('organisation.get')
      .then((value) => {
        if (!cancelled) setView(value);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, []);
  return view;
}

export function isLocked(view: OrganisationView | null, key: OrgLockable): boolean {
  return view?.locked.includes(key) ?? false;
}
