// Which process publishes a data folder's queue, as the app's Schedule says it: a headless
// `columns publisher run` on the same folder is named (with its process), the app's own engine
// is "this", and once the publisher stops nobody holds the queue until an engine takes it.
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/app';
import { call, testKeychainService } from '../../helpers/accounts';
import { startColumns } from '../../helpers/columns-cli';
import { useTempDir } from '../../helpers/temp-dir';
import { until } from '../../helpers/training-core';

const tempDir = useTempDir();
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

function open(dataDir: string, publish: boolean): Core {
  const core = createCore({ dataDir, mode: 'electron', version: '0.0.0-test', keychainService: testKeychainService(), streams: false, publish });
  cores.push(core);
  return core;
}

describe('queue.publisher', () => {
  it('names a headless publisher on the same data folder, then nobody once it stops', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const app = open(dataDir, false);
    expect(await call(app, 'queue.publisher', {})).toMatchObject({ publisher: 'none', holder: null });

    const running = startColumns(dataDir, ['publisher', 'run', '--json'], { COLUMNS_KEYCHAIN_SERVICE: testKeychainService() });
    await running.stderrLine(/publisher running/);
    const held = await until('the publisher holds the lock', async () => {
      const status = await call(app, 'queue.publisher', {});
      return status.publisher === 'other' ? status : null;
    }, 20_000, 100);
    expect(held).toMatchObject({ holder: 'columns publisher run', pid: running.child.pid, host: expect.any(String) });

    running.child.kill('SIGTERM');
    expect((await running.exited).code).toBe(0);
    expect(await call(app, 'queue.publisher', {})).toMatchObject({ publisher: 'none' });
  });

  it("is this engine when the app publishes, named as the app", async () => {
    const app = open(tempDir(), true);
    const status = await until('the engine takes the lock', async () => {
      const current = await call(app, 'queue.publisher', {});
      return current.publisher === 'this' ? current : null;
    }, 10_000, 50);
    expect(status).toMatchObject({ holder: 'the Columns app', pid: process.pid });
  });
});
