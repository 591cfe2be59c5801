#!/usr/bin/env node
// `npm start`: build, then open the desktop app when an Electron runtime and a display are here,
// or else browser mode (the same core on 127.0.0.1). Arguments after `--` go to browser mode
// (--port N, --no-open). COLUMNS_MODE=browser forces browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';
import { findElectron } from './electron-runtime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function build() {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('Columns: the build failed (see above).');
    process.exit(result.status ?? 1);
  }
}

function browserModeReason() {
  if (process.env.COLUMNS_MODE === 'browser') return 'COLUMNS_MODE=browser';
  const electron = findElectron();
  if (!electron.path) return electron.reason;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no graphical display to open a window on';
  }
  return null;
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

build();
const reason = browserModeReason();
if (reason) {
  run(process.execPath, [join(root, 'out', 'main', 'web.js'), '--reason', reason, ...args]);
} else {
  try {
    ensureElectronNative();
  } catch (error) {
    console.error(`Columns: ${error.message}`);
    process.exit(1);
  }
  const { path } = findElectron();
  run(path, [root, ...args]);
}
