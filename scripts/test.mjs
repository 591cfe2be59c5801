#!/usr/bin/env node
// `npm test`: the one test command, which sets itself up. It checks what the tests need from the
// machine (Chromium for e2e; on Linux, D-Bus and gnome-keyring for a real Secret Service), installs
// what is missing when it runs as root on Debian (CI, containers) or prints the one line to run and
// stops before any test; then runs the steps (typecheck, lint, unit + integration, e2e), inside a
// private D-Bus session with a fresh gnome-keyring (scripts/with-keyring.sh) when no Secret Service
// is reachable. Extra arguments are not taken: the steps are the package's test:steps script.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const linux = process.platform === 'linux';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Debian packages for what is missing (Linux only; elsewhere the OS keychain is always there). */
function missingPackages() {
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  if (linux && !onPath('gnome-keyring-daemon')) missing.push('gnome-keyring');
  if (linux && !onPath('dbus-run-session')) missing.push('dbus');
  return missing;
}

function install(packages) {
  const line = `sudo apt-get install -y ${packages.join(' ')}`;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !onPath('apt-get')) {
    console.error(`npm test needs ${packages.join(', ')} first. Run:\n  ${line}\nthen npm test again.`);
    process.exit(1);
  }
  console.log(`npm test: installing ${packages.join(' ')} (running as root)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) {
      console.error(`npm test: apt-get ${args[0]} failed; run ${line} and npm test again.`);
      process.exit(1);
    }
  }
}

/** Whether the keyring binding can reach a Secret Service now (always true off Linux). */
function secretServiceReachable() {
  if (!linux) return true;
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) return false;
  const probe = "import('@napi-rs/keyring').then((k) => k.findCredentialsAsync('org.columns.test.probe')).then(() => process.exit(0), () => process.exit(1))";
  return spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, stdio: 'ignore', timeout: 15_000 }).status === 0;
}

const missing = missingPackages();
if (missing.length > 0) install(missing);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const steps = [npm, 'run', '-s', 'test:steps'];
const command = secretServiceReachable() ? steps : [join(ROOT, 'scripts', 'with-keyring.sh'), ...steps];
if (command[0] !== npm) console.log('npm test: no Secret Service reachable; running inside a private D-Bus session with a fresh gnome-keyring');
const result = spawnSync(command[0], command.slice(1), { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
