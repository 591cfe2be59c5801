// Runs the `columns` CLI from source as its own process on a data folder, as a user's shell would.
import { spawn, type ChildProcess } from 'node:child_process';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runColumns(dataDir: string, args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/main.ts', ...args], {
      env: { ...process.env, COLUMNS_DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface RunningColumns {
  child: ChildProcess;
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves with the first stderr line matching, or rejects after timeoutMs. */
  stderrLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<CliResult>;
}

/** Starts the CLI and hands back the running process, for commands that wait (connect, publisher run). */
export function startColumns(dataDir: string, args: readonly string[], env: Record<string, string> = {}): RunningColumns {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/main.ts', ...args], {
    env: { ...process.env, COLUMNS_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const listener of listeners) listener();
  });
  const exited = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    exited,
    stderrLine(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const look = (): boolean => {
          const line = stderr.split('\n').find((candidate) => pattern.test(candidate));
          if (line === undefined) return false;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(line);
          return true;
        };
        const check = (): void => void look();
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no stderr line matching ${pattern} within ${timeoutMs} ms; stderr so far: ${stderr}`));
        }, timeoutMs);
        listeners.add(check);
        look();
        void exited.then(() => look() || (listeners.delete(check), clearTimeout(timer), reject(new Error(`exited without ${pattern}; stderr: ${stderr}`))));
      });
    },
  };
}
