// `npm run sandbox` as a process: its argument rules, its one-line start-up protocol on stdout,
// and a clean exit on SIGTERM/SIGINT. Runs the TypeScript source through tsx, since the build
// output may not exist when tests run.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src/main/sandbox/cli-args';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = join(ROOT, 'src', 'main', 'sandbox', 'cli.ts');

interface CliRun {
  child: ChildProcessWithoutNullStreams;
  /** The first stdout line, parsed. */
  firstLine: Promise<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
}

const running: ChildProcessWithoutNullStreams[] = [];

function runCli(args: string[]): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: { ...process.env, COLUMNS_DATA_DIR: dataRoot } });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const firstLine = new Promise<Record<string, unknown>>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const newline = stdout.indexOf('\n');
      if (newline >= 0) resolve(JSON.parse(stdout.slice(0, newline)) as Record<string, unknown>);
    });
    void exited.then(({ code }) => reject(new Error(`sandbox exited (${code}) before its start-up line; stderr: ${stderr}`)));
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  // Runs that are expected to fail never read the line; their rejection is not an error.
  firstLine.catch(() => undefined);
  return { child, firstLine, exited, stdout: () => stdout, stderr: () => stderr };
}

/** GET over HTTPS trusting only the sandbox CA. */
function get(url: string, ca: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
    });
    req.on('error', reject);
    req.end();
  });
}

function withinMs<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_resolve, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms).unref())]);
}

const dataRoot = mkdtempSync(join(tmpdir(), 'columns-sandbox-cli-'));
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

describe('parseCliArgs', () => {
  it('defaults to port 0, the default data folder, no seed, no admin, pay-per-use', () => {
    expect(parseCliArgs([], '/home/x/.config/Columns/sandbox')).toEqual({
      kind: 'start',
      options: { dataDir: '/home/x/.config/Columns/sandbox', port: 0, seed: false, admin: false, plan: 'pay-per-use', simulate: false, simulationSpeed: 1 },
    });
  });

  it('reads every flag', () => {
    expect(parseCliArgs(['--port', '4443', '--data', '/tmp/sbx', '--seed', '--admin', '--plan', 'enterprise', '--simulate', '--speed', '60'], '/unused')).toEqual({
      kind: 'start',
      options: { dataDir: '/tmp/sbx', port: 4443, seed: true, admin: true, plan: 'enterprise', simulate: true, simulationSpeed: 60 },
    });
    expect(parseCliArgs(['--port=0', '--plan=pay-per-use'], '/d')).toMatchObject({ kind: 'start', options: { port: 0, plan: 'pay-per-use' } });
    expect(parseCliArgs(['--help'], '/d')).toEqual({ kind: 'help' });
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['extra'], /positional argument/],
    [['--port'], /--port/],
    [['--port', '65536'], /^--port must be a whole number from 0 to 65535$/],
    [['--port', '-1'], /--port/],
    [['--port', '80.5'], /^--port must be/],
    [['--port', 'abc'], /^--port must be/],
    [['--plan', 'free'], /^--plan must be one of pay-per-use, enterprise$/],
    [['--data', '  '], /^--data must name a folder$/],
    [['--seed=yes'], /--seed/],
    [['--simulate', '--speed', '0'], /^--speed must be a number from 1 to 10000$/],
    [['--simulate', '--speed', 'fast'], /^--speed must be a number/],
    [['--speed', '10'], /^--speed needs --simulate$/],
  ])('refuses %j', (argv, message) => {
    const result = parseCliArgs(argv, '/d');
    expect(result.kind).toBe('usage-error');
    expect(result.kind === 'usage-error' && result.message).toMatch(message);
  });
});

describe('the sandbox process', () => {
  it('prints one JSON line with url, caCert and adminToken, serves X and admin, and exits 0 on SIGTERM', { timeout: 60_000 }, async () => {
    const dataDir = join(dataRoot, 'with-admin');
    const run = runCli(['--port', '0', '--data', dataDir, '--admin']);
    const line = await run.firstLine;
    expect(Object.keys(line).sort()).toEqual(['adminToken', 'caCert', 'url']);
    expect(line['url']).toMatch(/^https:\/\/127\.0\.0\.1:\d{2,5}$/);
    expect(line['adminToken']).toEqual(expect.stringMatching(/^\S{16,}$/));
    const caCert = String(line['caCert']);
    expect(isAbsolute(caCert)).toBe(true);
    expect(caCert.startsWith(dataDir)).toBe(true);
    expect(existsSync(caCert)).toBe(true);
    const ca = readFileSync(caCert, 'utf8');
    expect(ca).toMatch(/^-----BEGIN CERTIFICATE-----/);

    const url = String(line['url']);
    expect(await get(`${url}/2/users/me`, ca)).toEqual({
      status: 401,
      body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' },
    });
    expect((await get(`${url}/admin/stats`, ca)).status).toBe(401);
    const stats = await get(`${url}/admin/stats`, ca, { authorization: `Bearer ${String(line['adminToken'])}` });
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ plan: 'pay-per-use', requestsPerEndpoint: { 'GET /2/users/me': 1 } });

    run.child.kill('SIGTERM');
    expect(await withinMs(run.exited, 15_000)).toEqual({ code: 0, signal: null });
    expect(run.stdout()).toBe(`${JSON.stringify(line)}\n`);
  });

  it('without --admin prints no adminToken and serves no /admin/; keeps its CA across restarts; exits 0 on SIGINT', { timeout: 60_000 }, async () => {
    const dataDir = join(dataRoot, 'plain');
    const first = runCli(['--data', dataDir, '--plan', 'enterprise']);
    const line = await first.firstLine;
    expect(Object.keys(line).sort()).toEqual(['caCert', 'url']);
    const ca = readFileSync(String(line['caCert']), 'utf8');
    const admin = await get(`${String(line['url'])}/admin/stats`, ca, { authorization: 'Bearer whatever-token-value' });
    expect(admin).toEqual({ status: 404, body: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] } });
    first.child.kill('SIGINT');
    expect(await withinMs(first.exited, 15_000)).toEqual({ code: 0, signal: null });
    expect(first.stdout()).toBe(`${JSON.stringify(line)}\n`);

    const second = runCli(['--data', dataDir]);
    const again = await second.firstLine;
    expect(again['caCert']).toBe(line['caCert']);
    expect(readFileSync(String(again['caCert']), 'utf8')).toBe(ca);
    second.child.kill('SIGTERM');
    expect((await withinMs(second.exited, 15_000)).code).toBe(0);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--plan', 'bogus'], /--plan must be one of pay-per-use, enterprise/],
    [['--port', 'http'], /--port must be a whole number/],
  ])('exits 2 with a message on stderr and nothing on stdout for %j', async (args, message) => {
    const run = runCli([...args, '--data', join(dataRoot, 'never-created')]);
    expect(await withinMs(run.exited, 10_000)).toEqual({ code: 2, signal: null });
    expect(run.stderr()).toMatch(message);
    expect(run.stderr()).toMatch(/Usage: npm run sandbox/);
    expect(run.stdout()).toBe('');
    expect(existsSync(join(dataRoot, 'never-created'))).toBe(false);
  });
});
