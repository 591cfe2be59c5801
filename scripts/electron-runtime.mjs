// Where the Electron runtime is, if it is here at all. Shared by start and the native build.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Absolute path of the Electron binary, or null with the reason it cannot be used. */
export function findElectron() {
  let path;
  try {
    path = require('electron');
  } catch {
    return { path: null, reason: 'the Electron runtime is not installed (it could not be downloaded)' };
  }
  if (typeof path !== 'string' || !existsSync(path)) {
    return { path: null, reason: 'the Electron runtime is not installed (it could not be downloaded)' };
  }
  return { path, reason: null };
}

export function electronVersion() {
  return require('electron/package.json').version;
}
