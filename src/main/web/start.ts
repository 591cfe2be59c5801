// `npm start` without an Electron runtime: the same core under Node, served to a browser tab.
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createCore } from '../core/app';
import { DatabaseFromFutureError } from '../core/db/migrate';
import { coreOptionsFromEnv } from '../core/env-config';
import { resolveDataDir } from '../core/paths';
import { version } from '../../../package.json';
import { startWebServer } from './server';

function browserOpener(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): [string, string[]] | null {
  if (platform === 'darwin') return ['open', []];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""']];
  return env['DISPLAY'] || env['WAYLAND_DISPLAY'] ? ['xdg-open', []] : null;
}

function openInBrowser(url: string): boolean {
  const opener = browserOpener(process.platform, process.env);
  if (!opener) return false;
  const [command, args] = opener;
  try {
    const child = spawn(command, [...args, url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

/** Launch phases (node:perf_hooks marks): the launch bench reads them when the address is printed. */
export const LAUNCH_MARKS = { modulesLoaded: 'columns:modules-loaded', coreReady: 'columns:core-ready', listening: 'columns:listening' } as const;

/** A restart paints the cached columns first; their first refresh follows this much later. */
const FIRST_REFRESH_AFTER_MS = 1500;

async function main(): Promise<void> {
  performance.mark(LAUNCH_MARKS.modulesLoaded);
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
      reason: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(values.port)}.`);
    process.exit(2);
  }
  const dataDir = resolveDataDir({ env: process.env, platform: process.platform, home: homedir() });
  // No openExternal: the page opens X's authorize page in a new tab itself.
  const core = createCore({ dataDir, mode: 'browser', version, firstRefreshAfterMs: FIRST_REFRESH_AFTER_MS, ...coreOptionsFromEnv(process.env) });
  performance.mark(LAUNCH_MARKS.coreReady);
  const server = await startWebServer({
    dispatch: core.dispatch,
    events: core.events,
    rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    port,
  });
  performance.mark(LAUNCH_MARKS.listening);

  // Handlers before the address is printed: whoever reads it may stop us at once.
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // The web server first (no new calls), then core: the training sandbox and the database.
    void server
      .close()
      .then(() => core.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Columns did not stop cleanly:', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`Columns ${version} is running in browser mode${values.reason ? ` (${values.reason})` : ''}.`);
  console.log(`Data folder: ${dataDir}`);
  for (const notice of core.notices) console.log(`Notice: ${notice.message}`);
  console.log(`Open ${server.url}`);
  if (!values['no-open'] && !openInBrowser(server.url)) {
    console.log('No browser could be opened from here: open the address above yourself.');
  }
  console.log('Press Ctrl+C to stop.');
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseFromFutureError) console.error(error.message);
  else console.error('Columns could not start:', error);
  process.exit(1);
});
