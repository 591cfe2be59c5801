import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/app';
import { useTempDir } from '../helpers/temp-dir';

describe('core', () => {
  const tempDir = useTempDir();

  it('reports app.info and keeps settings across restarts', async () => {
    const dataDir = tempDir();
    const first = createCore({ dataDir, mode: 'browser', version: '9.9.9' });
    await expect(first.dispatch('app.info', {})).resolves.toEqual({
      ok: true,
      value: { name: 'Columns', version: '9.9.9', dataDir, mode: 'browser', platform: process.platform, notices: [], clock: { speed: 1, nowMs: expect.any(Number) } },
    });
    await expect(first.dispatch('settings.get', {})).resolves.toEqual({
      ok: true,
      value: { theme: 'system', timeZone: 'Europe/London', locale: 'en-GB' },
    });
    const events: unknown[] = [];
    first.events.subscribe((name, payload) => events.push([name, payload]));
    await first.dispatch('settings.update', { theme: 'dark', timeZone: 'America/New_York' });
    expect(events).toEqual([['settings.changed', { theme: 'dark', timeZone: 'America/New_York', locale: 'en-GB' }]]);
    await first.close();

    const second = createCore({ dataDir, mode: 'electron', version: '9.9.9' });
    await expect(second.dispatch('settings.get', {})).resolves.toEqual({
      ok: true,
      value: { theme: 'dark', timeZone: 'America/New_York', locale: 'en-GB' },
    });
    await expect(second.dispatch('accounts.list', {})).resolves.toEqual({ ok: true, value: [] });
    await second.close();
  });
});
