// The `columns` command line, as a separate process on the same data folder and keychain: training
// connect, accounts list and remove, strict arguments (exit 2, one line on stderr).
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

describe('columns CLI', () => {
  it('connects the training accounts, lists them and removes one', async () => {
    const dataDir = tempDir();
    const connected = await columns(dataDir, 'training', 'connect', '--json');
    expect(connected.stderr).toBe('');
    expect(connected.code).toBe(0);
    expect(JSON.parse(connected.stdout)).toHaveLength(3);

    const listed = await columns(dataDir, 'accounts', 'list', '--json');
    expect(listed.code).toBe(0);
    const accounts = JSON.parse(listed.stdout) as { id: string; handle: string; kind: string; state: string; training: boolean }[];
    expect(accounts.map(({ handle, kind, state, training }) => ({ handle, kind, state, training }))).toEqual([
      { handle: 'HorizonsNHS', kind: 'corporate', state: 'active', training: true },
      { handle: 'Sch4Change', kind: 'corporate', state: 'active', training: true },
      { handle: 'sam_comms', kind: 'personal', state: 'active', training: true },
    ]);
    expect(Object.keys(accounts[0] ?? {}).sort()).toEqual(['handle', 'id', 'kind', 'state', 'training']);
    expect(await createKeychainVault(service).keys()).toHaveLength(3);

    const removed = await columns(dataDir, 'accounts', 'remove', 'sam_comms', '--delete-posts', '--json');
    expect(removed.code).toBe(0);
    expect(JSON.parse(removed.stdout)).toMatchObject({ removed: { handle: 'sam_comms' }, queuedPosts: 'delete', revoked: true });
    const after = JSON.parse((await columns(dataDir, 'accounts', 'list', '--json')).stdout) as { handle: string }[];
    expect(after.map((a) => a.handle)).toEqual(['HorizonsNHS', 'Sch4Change']);
    expect(await createKeychainVault(service).keys()).toHaveLength(2);

    const text = await columns(dataDir, 'accounts', 'list');
    expect(text.stdout).toContain('@HorizonsNHS  corporate  active  (training)');

    const missing = await columns(dataDir, 'accounts', 'remove', '@nobody', '--keep-posts');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual(['columns: No connected account is @nobody.']);
  }, 60_000);

  it.each([
    [['accounts', 'remove', 'sam_comms', '--json']],
    [['accounts', 'remove', 'sam_comms', '--keep-posts', '--delete-posts', '--json']],
    [['accounts', 'remove', '--keep-posts', '--json']],
    [['accounts', 'list', '--verbose', '--json']],
    [['accounts', 'list', 'extra', '--json']],
    [['accounts', 'explode', '--json']],
    [['--json']],
  ])('refuses %j with exit 2 and one line on stderr', async (args) => {
    const result = await columns(tempDir(), ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^columns: /);
  }, 30_000);
});
