// Starts browser mode exactly as `npm start` does without Electron: the built out/main/web.js on
// port 0 with its own data folder, and reads the address it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface RunningBrowserMode {
  url: string;
  origin: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
  /** Freezes the engine (SIGSTOP: a hung engine, a sleeping laptop's) and lets it go on (SIGCONT). */
  pause(): void;
  resume(): void;
}

/** `port` 0 picks a free one; a relaunch on the same port keeps the page's origin (its token changes). */
export async function startBrowserMode(dataDir = mkdtempSync(join(tmpdir(), 'columns-e2e-')), port = 0): Promise<RunningBrowserMode> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'out', 'main', 'web.js'), '--port', String(port), '--no-open'], {
    cwd: ROOT,
    env: { ...process.env, COLUMNS_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) resolveUrl(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}) before it listened:\n${output}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    output: () => output,
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
