// `columns accounts connect` as its own process against a real sandbox standing in for X
// (COLUMNS_X_API_BASE/COLUMNS_X_CA), the person's browser played on the sandbox's authorize page
// from the one `Open <URL>` line; then `columns post` and `columns publisher run` through injected
// faults put the post on the sandbox exactly once. Timeout, Ctrl+C and a state mismatch store nothing.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeychainVault } from '../../../src/main/core/vault/keychain';
import { SANDBOX_CLIENT_ID } from '../../../src/main/sandbox/oauth/clients';
import { freePort, playBrowser, testKeychainService } from '../../helpers/accounts';
import { runColumns, startColumns } from '../../helpers/columns-cli';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { sandboxPosts } from '../queue/queue-harness';

const sandbox = useSandbox({ plan: 'enterprise' });
const tempDir = useTempDir();
const service = testKeychainService();
const vault = createKeychainVault(service);

afterEach(async () => {
  for (const key of await vault.keys()) await vault.delete(key);
});

const env = (): Record<string, string> => ({ COLUMNS_KEYCHAIN_SERVICE: service, COLUMNS_X_API_BASE: sandbox().server.url, COLUMNS_X_CA: sandbox().server.caCertPem });
const OPEN = /^Open https:\/\/127\.0\.0\.1:\d+\/i\/oauth2\/authorize\?/;

/** Starts a first connect on a fresh data folder and reads its one Open line. */
async function startConnect(dataDir: string, ...extra: string[]) {
  const port = await freePort();
  const running = startColumns(dataDir, ['accounts', 'connect', '--client-id', SANDBOX_CLIENT_ID, '--port', String(port), '--json', ...extra], env());
  const line = await running.stderrLine(OPEN);
  return { running, port, url: line.slice('Open '.length) };
}

async function nothingStored(dataDir: string): Promise<void> {
  expect(await vault.keys()).toEqual([]);
  const list = await runColumns(dataDir, ['accounts', 'list', '--json'], env());
  expect(list.code).toBe(0);
  expect(JSON.parse(list.stdout)).toEqual([]);
}

describe('columns accounts connect', () => {
  it('connects a live account from the Open line, then publishes its post exactly once through faults', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const { running, port, url } = await startConnect(dataDir);
    expect(new URL(url).searchParams.get('redirect_uri')).toBe(`http://127.0.0.1:${port}/callback`);
    expect(await playBrowser(sandbox(), url, 'HorizonsNHS')).toBe(200);
    const done = await running.exited;
    expect(done.code).toBe(0);
    // One JSON object and nothing else on stdout; one Open line on stderr.
    expect(done.stdout).toMatch(/^\{[^\n]*\}\n$/);
    const account = JSON.parse(done.stdout) as Record<string, unknown>;
    expect(account).toEqual({ id: expect.any(String), handle: 'HorizonsNHS', kind: 'corporate', state: 'active' });
    expect(done.stderr.split('\n').filter((l) => l.startsWith('Open '))).toHaveLength(1);

    const me = await sandbox().clientFor('HorizonsNHS').v2.me();
    expect(await vault.keys()).toEqual([`x:${me.data.id}`]);
    const tokens = JSON.parse((await vault.get(`x:${me.data.id}`)) ?? '{}') as Record<string, unknown>;
    expect(tokens).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
    // The X app settings were saved for the next connect (Settings shows the same).
    const listed = JSON.parse((await runColumns(dataDir, ['accounts', 'list', '--json'], env())).stdout) as unknown[];
    expect(listed).toEqual([{ id: account['id'], handle: 'HorizonsNHS', kind: 'corporate', state: 'active', training: false }]);

    const text = `Flu clinic moved to the east entrance ${Date.now()}`;
    const dueAt = new Date(Date.now() + 4_000).toISOString();
    const queued = await runColumns(dataDir, ['post', '--as', 'HorizonsNHS', '--at', dueAt, text, '--json'], env());
    expect(queued.code).toBe(0);
    // The first attempt meets a 503, the second a dropped connection; the third goes through.
    expect((await sandbox().admin('POST', '/admin/faults', { count: 1, kind: '503', path: '/2/tweets' })).status).toBe(201);
    expect((await sandbox().admin('POST', '/admin/faults', { count: 1, kind: 'reset', path: '/2/tweets' })).status).toBe(201);

    const publisher = startColumns(dataDir, ['publisher', 'run', '--json'], env());
    await publisher.stderrLine(/publisher running/);
    let posts = await sandboxPosts(sandbox(), 'HorizonsNHS');
    for (let waited = 0; !posts.some((p) => p.text === text) && waited < 90_000; waited += 250) {
      await sleep(250);
      posts = await sandboxPosts(sandbox(), 'HorizonsNHS');
    }
    // Give a duplicate every chance to appear before stopping.
    await sleep(1_500);
    publisher.child.kill('SIGTERM');
    const stopped = await publisher.exited;
    expect(stopped.code).toBe(0);
    expect(JSON.parse(stopped.stdout)).toMatchObject({ once: false, sent: 1, queue: { sent: 1 } });
    expect((await sandboxPosts(sandbox(), 'HorizonsNHS')).filter((p) => p.text === text)).toHaveLength(1);
    // Both faults were met on the way (none left armed).
    expect((await sandbox().admin<{ data: unknown[] }>('GET', '/admin/faults')).body.data).toEqual([]);
  });

  it('times out with nothing stored and exit 1', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const { running } = await startConnect(dataDir, '--timeout', '2');
    const done = await running.exited;
    expect(done.code).toBe(1);
    expect(done.stdout).toBe('');
    expect(done.stderr).toContain('Nothing came back from X within 2 seconds');
    await nothingStored(dataDir);
  });

  it('ends on an answer with the wrong state, with nothing stored and exit 1', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const { running, port } = await startConnect(dataDir);
    const forged = await fetch(`http://127.0.0.1:${port}/callback?state=not-this-one&code=stolen`);
    expect(forged.status).toBe(400);
    const done = await running.exited;
    expect(done.code).toBe(1);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(/did not belong to this sign-in/);
    await nothingStored(dataDir);
  });

  it('cancels on Ctrl+C with nothing stored and exit 1', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const { running } = await startConnect(dataDir);
    running.child.kill('SIGINT');
    const done = await running.exited;
    expect(done.code).toBe(1);
    expect(done.stderr).toContain('You cancelled adding the account.');
    await nothingStored(dataDir);
  });

  it('refuses a made-up --client-id by name before anything opens', { timeout: 30_000 }, async () => {
    const dataDir = tempDir();
    const refused = await runColumns(dataDir, ['accounts', 'connect', '--client-id', 'my-app', '--json'], env());
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^columns: accounts connect: --client-id is not an X Client ID/);
    expect(refused.stderr).not.toContain('Open ');
  });
});
