// Training mode: core starts the sandbox in-process on demand, in the app's data folder, with the
// seeded world and the simulation running, without the admin interface; it survives a restart and
// stops with core.
import { writeFileSync, rmSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/app';
import { TRAINING_SANDBOX_DIR } from '../../src/main/sandbox/training';
import { makeFixture } from '../helpers/sandbox';
import { useTempDir } from '../helpers/temp-dir';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

describe('training mode', () => {
  const tempDir = useTempDir();

  it('starts once on demand, serves the X API with the seeded accounts, survives a restart, stops with core', async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir, mode: 'browser', version: '1.0.0' });
    await expect(core.dispatch('training.status', {})).resolves.toEqual({ ok: true, value: { running: false, url: null } });

    const [first, second] = await Promise.all([core.dispatch('training.start', {}), core.dispatch('training.start', {})]);
    expect(first).toEqual(second);
    expect(first).toEqual({ ok: true, value: { running: true, url: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+$/) } });
    await expect(core.dispatch('training.status', {})).resolves.toEqual(first);

    const server = core.training.server();
    if (!server) throw new Error('training sandbox not running');
    expect(server.adminToken).toBeNull();
    expect(server.simulator.scheduler.realTime).toBe(true);
    expect(server.simulator.ambient().some((run) => run.active())).toBe(true);

    const fixture = makeFixture(server);
    const horizons = fixture.clientFor('HorizonsNHS');
    expect((await horizons.v2.me()).data.username).toBe('HorizonsNHS');
    const posted = await horizons.v2.tweet('Practising in the training sandbox before the real thing.');
    expect((await fixture.raw('GET', '/admin/stats')).status).toBe(404);
    const caPem = readFileSync(server.caCertPath, 'utf8');
    expect(server.caCertPath.startsWith(join(dataDir, TRAINING_SANDBOX_DIR))).toBe(true);
    fixture.agent.destroy();

    await core.close();
    expect(await portOpen(server.port)).toBe(false);
    await expect(core.training.start()).rejects.toThrow(/shut down/);

    const again = createCore({ dataDir, mode: 'browser', version: '1.0.0' });
    await again.dispatch('training.start', {});
    const restarted = again.training.server();
    if (!restarted) throw new Error('training sandbox not running after restart');
    expect(restarted.world.posts.get(posted.data.id)?.text).toBe('Practising in the training sandbox before the real thing.');
    expect(restarted.caCertPem).toBe(caPem);
    await again.close();
  });

  it('reports a failed start as unavailable and can be retried', async () => {
    const dataDir = tempDir();
    const blocker = join(dataDir, TRAINING_SANDBOX_DIR);
    writeFileSync(blocker, 'not a folder');
    const core = createCore({ dataDir, mode: 'browser', version: '1.0.0' });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await expect(core.dispatch('training.start', {})).resolves.toEqual({
        ok: false,
        error: { code: 'unavailable', message: expect.stringContaining('training sandbox could not start') },
      });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    rmSync(blocker);
    await expect(core.dispatch('training.start', {})).resolves.toMatchObject({ ok: true, value: { running: true } });
    await core.close();
  });
});
