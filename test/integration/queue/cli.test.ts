// `columns post` and `columns queue list` as separate processes on one data folder and keychain
// (training accounts, whose sandbox the CLI starts in that folder): post now waits and prints the
// X ids; --at only queues; queue list prints the documented fields.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeychainVault } from '../../../src/main/core/vault/keychain';
import { testKeychainService } from '../../helpers/accounts';
import { useTempDir } from '../../helpers/temp-dir';
import { runColumns } from '../../helpers/columns-cli';

const service = testKeychainService();
const tempDir = useTempDir();

afterAll(async () => {
  const vault = createKeychainVault(service);
  for (const key of await vault.keys()) await vault.delete(key);
});

const columns = (dataDir: string, ...args: string[]) => runColumns(dataDir, args, { COLUMNS_KEYCHAIN_SERVICE: service });

interface Listed {
  id: string;
  account: string;
  state: string;
  due_at: string | null;
  text: string;
  remote_id: string | null;
}

describe('columns post / queue list', () => {
  it('posts now (waiting for X), queues for later, and lists the queue', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    expect((await columns(dataDir, 'training', 'connect', '--json')).code).toBe(0);

    const now = await columns(dataDir, 'post', '--as', '@sam_comms', 'Clinic open till 8 tonight', '--part', 'Walk-ins welcome', '--json');
    expect(now.stderr).toBe('');
    expect(now.code).toBe(0);
    const [sent] = JSON.parse(now.stdout) as (Listed & { remote_ids: string[] })[];
    expect(sent).toMatchObject({ account: '@sam_comms', state: 'sent' });
    expect(sent?.remote_ids).toHaveLength(2);

    const later = await columns(dataDir, 'post', '--as', 'HorizonsNHS', '--at', '2099-03-30T09:00:00+01:00', '--grace', '30', 'Next spring');
    expect(later.code).toBe(0);
    expect(later.stdout).toMatch(/^[0-9a-f-]{36} {2}scheduled {2}2099-03-30T08:00:00\.000Z\n$/);

    const list = JSON.parse((await columns(dataDir, 'queue', 'list', '--json')).stdout) as Listed[];
    expect(list.map((p) => Object.keys(p).sort())).toEqual([
      ['account', 'due_at', 'id', 'remote_id', 'state', 'text'],
      ['account', 'due_at', 'id', 'remote_id', 'state', 'text'],
    ]);
    expect(list.map(({ account, state, text, remote_id }) => ({ account, state, text, sent: remote_id !== null }))).toEqual([
      { account: '@sam_comms', state: 'sent', text: 'Clinic open till 8 tonight\n\nWalk-ins welcome', sent: true },
      { account: '@HorizonsNHS', state: 'scheduled', text: 'Next spring', sent: false },
    ]);
    const scheduled = JSON.parse((await columns(dataDir, 'queue', 'list', '--state', 'scheduled', '--json')).stdout) as Listed[];
    expect(scheduled.map((p) => p.text)).toEqual(['Next spring']);

    const bad = await columns(dataDir, 'post', '--as', 'sam_comms', '--at', '2099-03-30T09:00', 'x', '--json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--at must be an ISO 8601 time with an offset/);
  });

  it('publisher run --once publishes what is due and exits; a long-running publisher stops cleanly on SIGTERM', { timeout: 90_000 }, async () => {
    const dataDir = tempDir();
    expect((await columns(dataDir, 'training', 'connect', '--json')).code).toBe(0);
    // Far enough ahead that queuing it (a process start) cannot land after it under load.
    const soon = new Date(Date.now() + 15_000).toISOString();
    const queued = await columns(dataDir, 'post', '--as', 'Sch4Change', '--at', soon, 'Drop-in session at 2pm', '--part', 'All welcome', '--json');
    expect(queued.code).toBe(0);
    const later = await columns(dataDir, 'post', '--as', 'Sch4Change', '--at', '2099-01-01T09:00:00Z', 'Much later', '--json');
    expect(later.code).toBe(0);

    await sleep(Math.max(0, Date.parse(soon) - Date.now()) + 500);
    // The 2099 post is not due: --once publishes only the one that is, then exits.
    const due = await columns(dataDir, 'publisher', 'run', '--once', '--json');
    expect(due.code).toBe(0);
    expect(JSON.parse(due.stdout)).toEqual({ once: true, sent: 1, queue: { sent: 1, scheduled: 1 } });
    const list = JSON.parse((await columns(dataDir, 'queue', 'list', '--state', 'sent', '--json')).stdout) as Listed[];
    expect(list).toEqual([expect.objectContaining({ account: '@Sch4Change', text: 'Drop-in session at 2pm\n\nAll welcome', remote_id: expect.stringMatching(/^\d+$/) })]);

    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/main.ts', 'publisher', 'run', '--json'], {
      env: { ...process.env, COLUMNS_DATA_DIR: dataDir, COLUMNS_KEYCHAIN_SERVICE: service },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    for (let waited = 0; !stderr.includes('publisher running') && waited < 30_000; waited += 100) await sleep(100);
    expect(stderr).toContain('publisher running');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ once: false, sent: 0, queue: { sent: 1, scheduled: 1 } });
  });
});
