// The same shell checks through the real Electron app, when an Electron runtime is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { removeDataDir, ROOT } from './browser-mode-server';
import { checkShell } from './shell-steps';

function electronBinary(): { path: string | null; reason: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path, reason: '' };
  } catch {
    // fall through
  }
  return { path: null, reason: 'no Electron runtime installed (its download failed at npm install)' };
}

const runtime = electronBinary();
if (!runtime.path) console.log(`Skipping the Electron e2e variant: ${runtime.reason}.`);

test.describe('Electron app', () => {
  test.skip(!runtime.path, runtime.reason);

  test('shows the shell, answers app.info over IPC, and keeps Node out of the renderer', async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'electron-native.mjs')], { stdio: 'inherit' });
    const dataDir = mkdtempSync(join(tmpdir(), 'columns-electron-'));
    const app = await electron.launch({
      executablePath: runtime.path!,
      args: [ROOT],
      env: { ...process.env, COLUMNS_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      await checkShell(page, { version, dataDir, modeLabel: /Desktop app/ }, 'electron');
      const exposed = await page.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        api: Object.keys(window.api ?? {}).sort(),
      }));
      expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: ['invoke', 'kind', 'subscribe'] });
    } finally {
      await app.close();
      removeDataDir(dataDir);
    }
  });
});
