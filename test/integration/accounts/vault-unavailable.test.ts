// Without a Secret Service (no D-Bus session bus at all), core says so and refuses to connect an
// account: tokens are never written anywhere else. Run in a child process whose bus address points
// nowhere, so the real keyring binding meets a real missing Secret Service.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

const SCRIPT = `
import { createCore } from ${JSON.stringify(join(process.cwd(), 'src/main/core/app.ts'))};
const core = createCore({ dataDir: process.env.DATA_DIR, mode: 'browser', version: '0.0.0-test', keychainService: 'org.columns.test.nobus' });
const out = {};
out.status = await core.dispatch('vault.status', {});
await core.dispatch('xApp.update', { clientId: 'columns-sandbox' });
out.connect = await core.dispatch('accounts.connect', {});
out.training = await core.dispatch('training.connect', {});
out.secret = await core.dispatch('xApp.update', { clientSecret: 'never-in-plain-text' });
out.accounts = await core.dispatch('accounts.list', {});
await core.close();
console.log(JSON.stringify(out));
`;

describe('without a keychain', () => {
  it('reports the vault unavailable and refuses to connect, storing nothing in plain text', () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const script = join(dir, 'probe.mts');
    writeFileSync(script, SCRIPT);
    const child = spawnSync('npx', ['tsx', script], {
      env: { ...process.env, DATA_DIR: dataDir, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.status, child.stderr).toBe(0);
    const out = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, { ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
    expect(out['status']).toEqual({ ok: true, value: { available: false, message: expect.stringContaining('Unlock your keyring') } });
    expect(out['connect']).toEqual({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('system keychain') } });
    expect(out['training']).toEqual({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('system keychain') } });
    expect(out['secret']?.ok).toBe(false);
    expect(out['accounts']).toEqual({ ok: true, value: [] });
    for (const entry of readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) expect(readFileSync(join(entry.parentPath, entry.name)).toString('latin1')).not.toContain('never-in-plain-text');
    }
  });
});
