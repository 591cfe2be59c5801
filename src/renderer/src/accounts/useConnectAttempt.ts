import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountSummary, ConnectProgress, XAppSettings } from '../../../shared/contract';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { isFinished, laterProgress } from './connect-progress';

export type ConnectPhase =
  | { step: 'checking' }
  | { step: 'vault_unavailable'; message: string }
  | { step: 'needs_app' }
  /** The organisation's X app is a confidential one and its secret is not in this keychain yet. */
  | { step: 'needs_secret'; organisation: string; error: string | null }
  /** `organisation`: its X app is in force, so connecting is one button with no developer words. */
  | { step: 'ready'; organisation: string | null }
  | { step: 'starting' }
  | { step: 'progress'; progress: ConnectProgress }
  | { step: 'error'; message: string };

const VAULT_FALLBACK = 'The system keychain is not available on this computer.';

/**
 * Follows one "Add account" (or reconnect) attempt: checks the keychain and the X app first, starts
 * accounts.connect, opens X's page when core could not, and follows accounts.connectProgress to the end.
 * Leaving (unmount) cancels an attempt still waiting for the user.
 */
export function useConnectAttempt(reconnect: Pick<AccountSummary, 'id' | 'training'> | undefined): {
  phase: ConnectPhase;
  start: () => void;
  cancel: () => void;
  saveSecret: (secret: string) => void;
} {
  const [phase, setPhase] = useState<ConnectPhase>({ step: 'checking' });
  const accountId = reconnect?.id;
  // Training accounts sign in to the sandbox with its own client: they need no X developer app.
  const needsXApp = !reconnect?.training;
  // Events about an attempt can arrive before accounts.connect has answered with its id.
  const seen = useRef(new Map<string, ConnectProgress>());
  const activeAttempt = useRef<string | null>(null);

  const follow = useCallback((progress: ConnectProgress) => {
    activeAttempt.current = isFinished(progress.state) ? null : progress.attemptId;
    setPhase((current) =>
      current.step === 'progress' ? { step: 'progress', progress: laterProgress(current.progress, progress) } : { step: 'progress', progress },
    );
  }, []);

  const start = useCallback(() => {
    setPhase({ step: 'starting' });
    getApi()
      .call('accounts.connect', accountId ? { accountId } : {})
      .then((answer) => {
        const progress = laterProgress(seen.current.get(answer.attemptId) ?? null, answer);
        if (progress.state === 'waiting' && !progress.opened && progress.authorizeUrl) {
          // Browser mode: core cannot open a browser, so this tab opens X's page next to itself.
          window.open(progress.authorizeUrl, '_blank', 'noopener,noreferrer');
        }
        follow(progress);
      })
      .catch((cause: unknown) => setPhase({ step: 'error', message: errorMessage(cause) }));
  }, [accountId, follow]);

  const cancel = useCallback(() => {
    const attemptId = activeAttempt.current;
    if (!attemptId) return;
    getApi()
      .call('accounts.cancelConnect', { attemptId })
      .then(follow)
      .catch((cause: unknown) => setPhase({ step: 'error', message: errorMessage(cause) }));
  }, [follow]);

  useEffect(() => {
    const seenNow = seen.current;
    const unsubscribe = getApi().on('accounts.connectProgress', (progress) => {
      seenNow.set(progress.attemptId, laterProgress(seenNow.get(progress.attemptId) ?? null, progress));
      if (progress.attemptId === activeAttempt.current) follow(progress);
    });
    return () => {
      unsubscribe();
      const attemptId = activeAttempt.current;
      activeAttempt.current = null;
      if (attemptId) getApi().call('accounts.cancelConnect', { attemptId }).catch(() => undefined);
    };
  }, [follow]);

  const decide = useCallback(
    (xApp: XAppSettings) => {
      const organisation = xApp.organisation;
      if (needsXApp && !xApp.clientId) setPhase({ step: 'needs_app' });
      else if (needsXApp && organisation?.clientType === 'confidential' && !xApp.hasClientSecret) {
        setPhase({ step: 'needs_secret', organisation: organisation.name, error: null });
      } else if (accountId) start();
      else setPhase({ step: 'ready', organisation: organisation?.name ?? null });
    },
    [accountId, needsXApp, start],
  );

  const saveSecret = useCallback(
    (secret: string) => {
      getApi()
        .call('xApp.update', { clientSecret: secret })
        .then(decide)
        .catch((cause: unknown) =>
          setPhase((current) => (current.step === 'needs_secret' ? { ...current, error: errorMessage(cause) } : current)),
        );
    },
    [decide],
  );

  useEffect(() => {
    let cancelled = false;
    const api = getApi();
    Promise.all([api.call('vault.status'), api.call('xApp.get')])
      .then(([vault, xApp]) => {
        if (cancelled) return;
        if (!vault.available) setPhase({ step: 'vault_unavailable', message: vault.message ?? VAULT_FALLBACK });
        else decide(xApp);
      })
      .catch((cause: unknown) => {
        if (!cancelled) setPhase({ step: 'error', message: errorMessage(cause) });
      });
    return () => {
      cancelled = true;
    };
  }, [decide]);

  return { phase, start, cancel, saveSecret };
}
