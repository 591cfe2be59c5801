// "Add account" as one attempt: OAuth 2.0 with PKCE in the person's browser, the redirect caught on
// 127.0.0.1 (callback-server.ts), the code exchanged, the user looked up, then handed to `complete`
// (keychain first, SQLite second). Every attempt ends exactly once — connected, denied, cancelled,
// timed_out or failed — and each ending closes its server; only `connected` stores anything.
//
// A callback with the wrong `state` (a stale tab, a forged link) is answered 400 and the attempt
// keeps waiting: it cannot finish an attempt it does not belong to, and must not be able to kill one.
import { randomUUID } from 'node:crypto';
import type { AccountKind, AccountSummary, ConnectProgress } from '../../../shared/accounts';
import { AppError } from '../errors';
import type { Identity, TokenSet } from '../providers/provider';
import type { XAppCredentials, XEndpoint } from '../providers/x/endpoint';
import { isApiResponseError } from '../providers/x/library';
import { createAuthLink, exchangeCode, revokeToken, type AuthLink } from '../providers/x/oauth';
import { describeError } from '../safe-error';
import type { CallbackPage } from './callback-page';
import { checkClientId } from './client-id';
import { startCallbackServer, type CallbackServer } from './callback-server';
import { fetchIdentity } from './identity';
import { callbackUrl, CALLBACK_PATH } from './x-app-settings';

export const DEFAULT_CONNECT_TIMEOUT_MS = 5 * 60_000;

export interface ConnectTarget {
  training: boolean;
  endpoint: XEndpoint;
  app: XAppCredentials;
  /** The loopback port registered with the X app; 0 for any free port (the training sandbox allows it). */
  callbackPort: number;
}

export interface ConnectRequest {
  target: ConnectTarget;
  /** The account being reconnected; the person must sign in as the same X user. */
  reconnectOf: AccountSummary | null;
  /** The kind a new account starts as (the user can change it). */
  newAccountKind: AccountKind;
  /** Opens the authorize page in the system browser; absent when the caller opens it (or plays it). */
  open?: (url: string) => Promise<void> | void;
  /** How long this attempt waits for the browser; the flows' own timeout otherwise. */
  timeoutMs?: number;
  /**
   * What an answer with the wrong `state` does: the app keeps waiting (a stale tab must not end the
   * attempt the person is on); the command line, one person and one link, ends it as failed.
   */
  onStateMismatch?: 'wait' | 'fail';
}

export interface ConnectFlowDeps {
  /** Stores tokens then metadata, undoing the first if the second fails; throws AppError to refuse. */
  complete(request: ConnectRequest, tokens: TokenSet, identity: Identity): Promise<AccountSummary>;
  emit(progress: ConnectProgress): void;
  timeoutMs: number;
  log?: (line: string) => void;
}

export interface StartedAttempt {
  progress: ConnectProgress;
  /** Resolves with the ending (never rejects). */
  finished: Promise<ConnectProgress>;
}

interface Attempt {
  readonly id: string;
  readonly request: ConnectRequest;
  readonly port: number;
  progress: ConnectProgress;
  server: CallbackServer | null;
  state: string;
  codeVerifier: string;
  redirectUri: string;
  timer: NodeJS.Timeout | null;
  /** The server's closing, once ended (a page being answered is let finish). */
  closing: Promise<void> | null;
  /** Past the point of no return: tokens are being stored. */
  storing: boolean;
  ended: boolean;
  resolve(progress: ConnectProgress): void;
}

const ENDINGS = {
  cancelled: 'You cancelled adding the account.',
  replaced: 'A new attempt to add an account replaced this one.',
  denied: 'Access was not given on X, so nothing was connected.',
  closed: 'Columns was closing.',
  mismatch: 'The answer from X did not belong to this sign-in (its state did not match), so nothing was stored. Start again and use the newest link.',
} as const;

/** "5 minutes", "1 minute", "30 seconds". */
function waited(ms: number): string {
  if (ms < 60_000) {
    const seconds = Math.max(1, Math.round(ms / 1000));
    return `${seconds} second${seconds === 1 ? '' : 's'}`;
  }
  const minutes = Math.round(ms / 60_000);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function failureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (isApiResponseError(error)) {
    const data = error.data as { error?: unknown; error_description?: unknown; detail?: unknown };
    // X's answer for a client it cannot authenticate: an unknown Client ID, or a confidential app without its secret.
    if (data.error === 'unauthorized_client') {
      return "X did not recognise the app (unauthorized_client). Check the Client ID in Settings; an X app of type Web App also needs its Client Secret there.";
    }
    const said = typeof data.error_description === 'string' ? data.error_description : typeof data.detail === 'string' ? data.detail : `status ${error.code}`;
    return `X did not accept the sign-in (${said}). Try again.`;
  }
  return 'Columns could not finish connecting the account. Try again; the details are in the log.';
}

export class ConnectFlows {
  readonly #attempts = new Map<string, Attempt>();
  readonly #deps: ConnectFlowDeps;
  readonly #log: (line: string) => void;

  constructor(deps: ConnectFlowDeps) {
    this.#deps = deps;
    this.#log = deps.log ?? ((line) => console.error(`[columns] ${line}`));
  }

  /** Starts an attempt and answers once it waits for the browser. */
  async start(request: ConnectRequest): Promise<StartedAttempt> {
    const { target } = request;
    // X shows the person an error page for a Client ID it does not know and never tells Columns:
    // refuse one that cannot be X's before the browser opens (an ID saved before this check).
    const clientId = checkClientId(target.app.clientId);
    if (!clientId.ok) throw new AppError('invalid_request', `The X app's saved clientId ${clientId.reason}. Correct it in Settings, then connect again.`);
    if (target.callbackPort !== 0) {
      // One person, one browser: a new "Add account" replaces a waiting one on the same port.
      for (const other of this.#attempts.values()) {
        if (other.port !== target.callbackPort) continue;
        this.#end(other, { state: 'cancelled', message: ENDINGS.replaced });
        await other.closing;
      }
    }
    let resolve!: (progress: ConnectProgress) => void;
    const finished = new Promise<ConnectProgress>((r) => (resolve = r));
    const id = randomUUID();
    const attempt: Attempt = {
      id,
      request,
      port: target.callbackPort,
      progress: { attemptId: id, state: 'waiting', authorizeUrl: null, opened: false, message: null, account: null },
      server: null,
      state: '',
      codeVerifier: '',
      redirectUri: '',
      timer: null,
      closing: null,
      storing: false,
      ended: false,
      resolve,
    };
    try {
      attempt.server = await startCallbackServer({ port: target.callbackPort, path: CALLBACK_PATH, onCallback: (params) => this.#onCallback(attempt, params) });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EADDRINUSE') {
        throw new AppError(
          'unavailable',
          `Port ${target.callbackPort} on this computer is in use, so Columns cannot receive X's answer. Close what uses it, or choose another callback port in Settings (and in the X developer portal).`,
        );
      }
      throw error;
    }
    attempt.redirectUri = callbackUrl(attempt.server.port);
    let link: AuthLink;
    try {
      link = await createAuthLink(target.endpoint, target.app, attempt.redirectUri);
    } catch (error) {
      await attempt.server.close();
      throw error;
    }
    attempt.state = link.state;
    attempt.codeVerifier = link.codeVerifier;
    attempt.progress = { ...attempt.progress, authorizeUrl: link.url };
    this.#attempts.set(id, attempt);
    const timeoutMs = request.timeoutMs ?? this.#deps.timeoutMs;
    attempt.timer = setTimeout(() => {
      this.#end(attempt, { state: 'timed_out', message: `Nothing came back from X within ${waited(timeoutMs)}. Start again when you are ready.` });
    }, timeoutMs);
    attempt.timer.unref();

    if (request.open) {
      try {
        await request.open(link.url);
        attempt.progress = { ...attempt.progress, opened: true };
      } catch (error) {
        this.#log(`could not open the browser for sign-in: ${describeError(error)}`);
      }
    }
    if (!attempt.ended) this.#deps.emit(attempt.progress);
    return { progress: attempt.progress, finished };
  }

  /** Cancels a waiting attempt; an attempt already storing its tokens finishes connected. */
  async cancel(attemptId: string): Promise<ConnectProgress> {
    const attempt = this.#attempts.get(attemptId);
    if (!attempt) throw new AppError('invalid_request', 'That attempt to add an account has already ended.');
    if (!attempt.storing) {
      this.#end(attempt, { state: 'cancelled', message: ENDINGS.cancelled });
      await attempt.closing;
    }
    return attempt.progress;
  }

  /** Ends every attempt (cancelled) and closes their servers. */
  async close(): Promise<void> {
    const open = [...this.#attempts.values()];
    for (const attempt of open) this.#end(attempt, { state: 'cancelled', message: ENDINGS.closed });
    await Promise.all([...open, ...this.#ending].map((attempt) => attempt.closing));
  }

  /** Attempts that ended recently, whose servers may still be finishing their last page. */
  readonly #ending = new Set<Attempt>();

  #end(attempt: Attempt, ending: Pick<ConnectProgress, 'state' | 'message'> & { account?: AccountSummary }): void {
    if (attempt.ended) return;
    attempt.ended = true;
    if (attempt.timer) clearTimeout(attempt.timer);
    this.#attempts.delete(attempt.id);
    attempt.progress = { ...attempt.progress, state: ending.state, message: ending.message, account: ending.account ?? null };
    this.#deps.emit(attempt.progress);
    attempt.resolve(attempt.progress);
    this.#ending.add(attempt);
    attempt.closing = (attempt.server?.close() ?? Promise.resolve()).finally(() => this.#ending.delete(attempt));
  }

  async #onCallback(attempt: Attempt, params: URLSearchParams): Promise<CallbackPage> {
    if (attempt.ended || attempt.progress.state !== 'waiting') {
      return { status: 409, title: 'Already handled', message: 'This sign-in has already been dealt with.' };
    }
    if (params.get('state') !== attempt.state) {
      if (attempt.request.onStateMismatch === 'fail') {
        this.#end(attempt, { state: 'failed', message: ENDINGS.mismatch });
        return { status: 400, title: 'Out-of-date sign-in', message: ENDINGS.mismatch };
      }
      return { status: 400, title: 'Out-of-date sign-in', message: 'This answer does not belong to the account Columns is waiting for. Use the most recent sign-in page.' };
    }
    const error = params.get('error');
    if (error !== null) {
      if (error === 'access_denied') {
        this.#end(attempt, { state: 'denied', message: ENDINGS.denied });
        return { status: 200, title: 'Not connected', message: ENDINGS.denied };
      }
      const message = `X could not sign you in (${(params.get('error_description') ?? error).slice(0, 200)}). Try again.`;
      this.#end(attempt, { state: 'failed', message });
      return { status: 200, title: 'Not connected', message };
    }
    const code = params.get('code');
    if (!code) return { status: 400, title: 'Nothing to do', message: 'This address expects an answer from X.' };

    attempt.progress = { ...attempt.progress, state: 'exchanging' };
    this.#deps.emit(attempt.progress);
    const { target } = attempt.request;
    try {
      const tokens = await exchangeCode(target.endpoint, target.app, { code, codeVerifier: attempt.codeVerifier, redirectUri: attempt.redirectUri });
      if (attempt.ended) {
        // Cancelled or timed out while X answered: hand the fresh tokens back rather than keep them.
        revokeToken(target.endpoint, target.app, tokens.accessToken, 'access_token').catch(() => undefined);
        return { status: 200, title: 'Not connected', message: attempt.progress.message ?? ENDINGS.cancelled };
      }
      const identity = await fetchIdentity(target.endpoint, tokens.accessToken);
      if (attempt.ended) {
        revokeToken(target.endpoint, target.app, tokens.accessToken, 'access_token').catch(() => undefined);
        return { status: 200, title: 'Not connected', message: attempt.progress.message ?? ENDINGS.cancelled };
      }
      attempt.storing = true;
      if (attempt.timer) clearTimeout(attempt.timer);
      const account = await this.#deps.complete(attempt.request, tokens, identity);
      this.#end(attempt, { state: 'connected', message: null, account });
      return { status: 200, title: 'Connected', message: `Columns is connected to @${account.handle}.` };
    } catch (failure) {
      if (!(failure instanceof AppError)) this.#log(`connecting an account failed: ${describeError(failure)}`);
      const message = failureMessage(failure);
      this.#end(attempt, { state: 'failed', message });
      return { status: 200, title: 'Not connected', message };
    }
  }
}
