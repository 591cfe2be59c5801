// `npm test` sets itself up (scripts/test.mjs): not as root, with something missing, it prints the
// one line to run and stops before any test. Run as the unprivileged `nobody` (this needs root, as CI
// and containers have; elsewhere the case is skipped with its reason).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const canDropRoot = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v runuser'], { stdio: 'ignore' }).status === 0;

describe('npm test on a machine that lacks something', () => {
  it.runIf(canDropRoot)('prints the apt-get line and stops before any test when not root', () => {
    // A copy `nobody` can read (a checkout under a private temp folder is not readable to it).
    const dir = mkdtempSync(join(tmpdir(), 'columns-test-setup-'));
    chmodSync(dir, 0o755);
    const script = join(dir, 'test.mjs');
    copyFileSync('scripts/test.mjs', script);
    chmodSync(script, 0o644);
    const result = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, script], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('npm test needs chromium first. Run:\n  sudo apt-get install -y chromium\nthen npm test again.\n');
    // Nothing ran: no typecheck, lint or test output.
    expect(result.stdout).toBe('');
  });
});
