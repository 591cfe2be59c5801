#!/usr/bin/env node
// `npm run dist`: installers for this platform (electron-builder.yml lists every platform's
// targets). electron-builder packs the Electron runtime it finds in node_modules' cache or else
// downloads it, so without a runtime here it stops first with one line, before any download.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';
import { electronVersion, findElectron } from './electron-runtime.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`Columns: ${message}`);
  process.exit(1);
}

const electron = findElectron();
if (!electron.path) {
  fail(
    `cannot build installers: the Electron ${electronVersion()} runtime is not in node_modules/electron (it could not be downloaded); get it with \`npm run fetch-electron\` where Electron's downloads can be reached, then run \`npm run dist\` again.`,
  );
}

function run(label, script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`${label} failed (see above).`);
}

try {
  ensureElectronNative();
} catch (error) {
  fail(error.message);
}
run('the build', join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), ['build']);
// The runtime already in node_modules is packed as it is, so electron-builder downloads no Electron.
run('electron-builder', require.resolve('electron-builder/cli.js'), [
  '--config',
  'electron-builder.yml',
  `--config.electronDist=${join(dirname(require.resolve('electron/package.json')), 'dist')}`,
  `--config.electronVersion=${electronVersion()}`,
  ...process.argv.slice(2),
]);
