// better-sqlite3 is not ABI-stable (DESIGN rule 9). node_modules holds the Node build (tests,
// browser mode); the Electron build lives beside it in .native/, made by scripts/electron-native.mjs
// and loaded through better-sqlite3's `nativeBinding` option. Neither overwrites the other.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronNativeBindingPath(appRoot: string, modulesAbi: string, arch: string): string {
  return join(appRoot, '.native', `electron-abi${modulesAbi}-${arch}`, 'better_sqlite3.node');
}

export function findElectronNativeBinding(appRoot: string): string {
  const path = electronNativeBindingPath(appRoot, process.versions.modules, process.arch);
  if (!existsSync(path)) {
    throw new Error(
      `The SQLite module for Electron is missing (${path}). Run \`npm start\`, which builds it, or \`node scripts/electron-native.mjs\`.`,
    );
  }
  return path;
}
