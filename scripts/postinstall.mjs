#!/usr/bin/env node
// Fetches the Electron runtime when it can be reached. npm is told (allowScripts) not to run
// electron's own install script, because a failed download would fail the whole `npm install`;
// here a failure is one clear line and browser mode takes over at `npm start`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function runtimePath() {
  try {
    return require('electron');
  } catch {
    return null;
  }
}

const dir = electronDir();
if (!dir) {
  console.log('Columns: electron is not installed (production install?); `npm start` will use browser mode.');
  process.exit(0);
}
const { version } = require(join(dir, 'package.json'));

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log(`Columns: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron ${version} was not fetched; \`npm start\` will use browser mode.`);
  process.exit(0);
}

const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
  cwd: dir,
  encoding: 'utf8',
  timeout: DOWNLOAD_TIMEOUT_MS,
  env: process.env,
});

if (result.status === 0 && runtimePath()) {
  console.log(`Columns: Electron ${version} runtime is ready; \`npm start\` opens the desktop app.`);
} else {
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const reason =
    result.error?.message ??
    output
      .split('\n')
      .map((line) => line.trim())
      .find((line) => /error/i.test(line)) ??
    `exit code ${result.status}`;
  console.log(
    `Columns: the Electron ${version} runtime could not be downloaded (${reason.slice(0, 160)}); install finished anyway and \`npm start\` will run Columns in browser mode (retry: npm run fetch-electron).`,
  );
}
