// Training mode's "connect my accounts": the same PKCE connect flow as for X, against the training
// sandbox, with core answering the consent page for each practice account.
import type { AccountKind, AccountSummary, ConnectProgress } from '../../../shared/accounts';
import { AppError } from '../errors';
import { SANDBOX_CLIENT_ID } from '../../sandbox/oauth/clients';
import type { XEndpoint } from '../providers/x/endpoint';
import { describeError } from '../safe-error';
import type { ConnectFlows, ConnectTarget } from './connect-flow';
import { answerSandboxConsent, followToLoopback } from './sandbox-consent';

/** The training cast Columns connects: two corporate NHS accounts and a personal one. */
export const TRAINING_CAST: readonly { handle: string; kind: AccountKind }[] = [
  { handle: 'HorizonsNHS', kind: 'corporate' },
  { handle: 'Sch4Change', kind: 'corporate' },
  { handle: 'sam_comms', kind: 'personal' },
];

export function trainingTarget(endpoint: XEndpoint): ConnectTarget {
  // Any free loopback port: the sandbox's client accepts every http://127.0.0.1:<port>/ redirect.
  return { training: true, endpoint, app: { clientId: SANDBOX_CLIENT_ID }, callbackPort: 0 };
}

/** Plays the browser for an attempt that is waiting; resolves with its ending. */
export async function approveAttempt(
  flows: ConnectFlows,
  endpoint: XEndpoint,
  started: { progress: ConnectProgress; finished: Promise<ConnectProgress> },
  handle: string,
): Promise<ConnectProgress> {
  try {
    const location = await answerSandboxConsent(endpoint.agent, started.progress.authorizeUrl ?? '', handle);
    await followToLoopback(location);
  } catch (error) {
    await flows.cancel(started.progress.attemptId).catch(() => undefined);
    throw new AppError('unavailable', `Columns could not sign in to the training sandbox as @${handle} (${describeError(error)}).`);
  }
  return started.finished;
}

export async function connectTrainingCast(flows: ConnectFlows, endpoint: XEndpoint): Promise<AccountSummary[]> {
  const connected: AccountSummary[] = [];
  for (const { handle, kind } of TRAINING_CAST) {
    const started = await flows.start({ target: trainingTarget(endpoint), reconnectOf: null, newAccountKind: kind });
    const ending = await approveAttempt(flows, endpoint, started, handle);
    if (ending.state !== 'connected' || !ending.account) {
      throw new AppError('unavailable', ending.message ?? `Columns could not connect the training account @${handle}.`);
    }
    connected.push(ending.account);
  }
  return connected;
}
