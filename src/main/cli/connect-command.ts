// `columns accounts connect [--client-id ID] [--port N] [--timeout S] [--json]`: connects a live X
// account on a machine without a desktop (the always-on machine `columns publisher run` is for).
// It prints one line, `Open <authorize URL>`, on stderr, for the person to open in their own
// browser (the loopback callback reaches this machine through `ssh -L <port>:127.0.0.1:<port>`),
// waits for X's answer on 127.0.0.1:<port>, stores the tokens in this machine's keychain and the
// account in its data folder, and prints the account. Ctrl+C (or SIGTERM), the timeout and an
// answer that does not belong to this sign-in end it with nothing stored and exit 1.
//
// --client-id and --port are saved as the X app settings (what Settings › X app saves), so a first
// connect on a fresh machine needs nothing else; without them the saved settings are used (core's
// Connections decides where a live connect's X app comes from).
import { z } from 'zod';
import type { AccountSummary } from '../../shared/accounts';
import { checkClientId } from '../core/accounts/client-id';
import type { Core } from '../core/app';
import { AppError } from '../core/errors';
import { defineCommand } from './command';

export const DEFAULT_CONNECT_TIMEOUT_S = 300;

const PORT = '--port must be a number from 1024 to 65535 (the port of the callback URL registered with the X app)';
const TIMEOUT = '--timeout must be a number of seconds from 1 to 3600';

const clientId = z.string().transform((value, ctx) => {
  const check = checkClientId(value);
  if (check.ok) return check.clientId;
  ctx.addIssue({ code: 'custom', message: `--client-id ${check.reason}` });
  return z.NEVER;
});
const wholeNumber = (message: string, min: number, max: number) =>
  z.string().regex(/^\d{1,6}$/, message).transform(Number).pipe(z.number().int().min(min, message).max(max, message));

const input = z
  .object({
    values: z.object({ 'client-id': clientId.optional(), port: wholeNumber(PORT, 1024, 65535).optional(), timeout: wholeNumber(TIMEOUT, 1, 3600).optional() }),
    positionals: z.array(z.string()).max(0, 'takes no arguments (use --client-id ID)'),
  })
  .transform(({ values }) => ({ clientId: values['client-id'], port: values.port, timeoutS: values.timeout ?? DEFAULT_CONNECT_TIMEOUT_S }));

type Input = z.output<typeof input>;

interface Connected {
  id: string;
  handle: string;
  kind: AccountSummary['kind'];
  state: AccountSummary['status'];
}

/** Saves what the command line gave as the X app settings, refused by core as Settings would be. */
async function saveXApp(core: Core, { clientId, port }: Input): Promise<void> {
  if (clientId === undefined && port === undefined) return;
  const patch = { ...(clientId !== undefined ? { clientId } : {}), ...(port !== undefined ? { callbackPort: port } : {}) };
  const saved = await core.dispatch('xApp.update', patch);
  if (!saved.ok) throw new AppError(saved.error.code, saved.error.message);
}

/**
 * Ctrl+C or SIGTERM cancels the attempt (and so stores nothing), whenever it comes: before the
 * attempt has started it is remembered and applied at once. The handlers stay until the process
 * exits, so a signal while core closes cannot kill it mid-close.
 */
function cancelOnSignal(): { attach(cancel: () => void): void } {
  let requested = false;
  let cancel: (() => void) | null = null;
  const onSignal = (): void => {
    requested = true;
    cancel?.();
    cancel = null;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    attach(next) {
      if (requested) next();
      else cancel = next;
    },
  };
}

async function run(core: Core, options: Input): Promise<Connected> {
  const signals = cancelOnSignal();
  await saveXApp(core, options);
  const started = await core.connections.connectLive({ timeoutMs: options.timeoutS * 1000 });
  const { attemptId, authorizeUrl } = started.progress;
  // The one line a person (or a script) acts on; everything else stays off it.
  process.stderr.write(`Open ${authorizeUrl ?? ''}\n`);
  signals.attach(() => void core.connections.cancel(attemptId).catch(() => undefined));
  const ending = await started.finished;
  if (ending.state !== 'connected' || !ending.account) {
    throw new AppError('unavailable', ending.message ?? `Connecting ended ${ending.state}; nothing was stored.`);
  }
  const { id, handle, kind, status } = ending.account;
  return { id, handle, kind, state: status };
}

export const ACCOUNTS_CONNECT_COMMAND = defineCommand({
  words: ['accounts', 'connect'],
  usage:
    'accounts connect [--client-id ID] [--port N] [--timeout S] [--json]   connect a live X account: prints "Open <URL>" on stderr, waits for X on 127.0.0.1:N (saved X app settings; --client-id/--port save them; --timeout default 300 s)',
  options: { 'client-id': { type: 'string' }, port: { type: 'string' }, timeout: { type: 'string' } },
  input,
  run,
  print: (account: Connected) => `Connected @${account.handle} (${account.kind}, ${account.state}); its sign-in is in this machine's keychain.`,
});
