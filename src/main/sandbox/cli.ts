// `npm run sandbox`: the X sandbox on its own. stdout carries exactly one JSON line once the server
// listens ({url, caCert, adminToken?}) so scripts can read it; everything else goes to stderr.
// Runs until SIGTERM/SIGINT, then closes the server and exits 0. Usage errors exit 2.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveDataDir } from '../core/paths';
import { parseCliArgs, USAGE } from './cli-args';
import { startSandbox, type SandboxServer } from './server';

// stdout is a one-line protocol: anything that logs through console.log/info would break it.
console.log = console.error;
console.info = console.error;

async function main(): Promise<void> {
  const defaultDataDir = join(resolveDataDir({ env: process.env, platform: process.platform, home: homedir() }), 'sandbox');
  const args = parseCliArgs(process.argv.slice(2), defaultDataDir);
  if (args.kind === 'help') {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  if (args.kind === 'usage-error') {
    process.stderr.write(`sandbox: ${args.message}\n${USAGE}\n`);
    process.exit(2);
  }

  // Signal handlers go in before anything is printed: a supervisor may stop us the moment it reads
  // the start-up line, and a signal without a handler would kill the process uncleanly.
  const running: { server?: SandboxServer } = {};
  let stopping: NodeJS.Signals | null = null;
  const close = (): void => {
    if (!running.server) return; // still starting: closed as soon as it is up
    running.server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`sandbox: closing failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = signal;
    process.stderr.write(`sandbox: ${signal}, closing.\n`);
    close();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const server = await startSandbox({ ...args.options, dataDir: resolve(args.options.dataDir) });
  running.server = server;
  if (stopping) {
    close();
    return;
  }
  const line: Record<string, string> = { url: server.url, caCert: resolve(server.caCertPath) };
  if (server.adminToken !== null) line['adminToken'] = server.adminToken;
  process.stdout.write(`${JSON.stringify(line)}\n`);
  process.stderr.write(`X sandbox (${args.options.plan}) listening on ${server.url}; data in ${resolve(args.options.dataDir)}. Stop with Ctrl+C.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
