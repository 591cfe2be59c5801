#!/usr/bin/env node
// Builds better-sqlite3 for the Electron ABI into .native/, leaving node_modules' Node build alone
// (DESIGN rule 9), so `npm test` (Node) and `npm start` (Electron) need no rebuild between them.
// Tries the prebuilt binary first, then compiles against Electron's headers.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion, findElectron } from './electron-runtime.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function electronAbi(electronPath) {
  const probe = spawnSync(electronPath, ['-p', 'process.versions.modules + " " + process.arch'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  if (probe.status !== 0) throw new Error(`Could not ask Electron for its ABI: ${probe.stderr || probe.error}`);
  const [abi, arch] = probe.stdout.trim().split(' ');
  return { abi, arch };
}

function nodeGypPath() {
  if (process.env.npm_config_node_gyp && existsSync(process.env.npm_config_node_gyp)) return process.env.npm_config_node_gyp;
  const bundled = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  return existsSync(bundled) ? bundled : null;
}

export function electronBindingPath(abi, arch) {
  return join(root, '.native', `electron-abi${abi}-${arch}`, 'better_sqlite3.node');
}

export function ensureElectronNative({ force = false } = {}) {
  const electron = findElectron();
  if (!electron.path) throw new Error(electron.reason);
  const { abi, arch } = electronAbi(electron.path);
  const target = electronBindingPath(abi, arch);
  if (existsSync(target) && !force) return target;

  const version = electronVersion();
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = join(root, '.native', `build-abi${abi}-${arch}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${source}/build`) });
  // npm's nodedir setting would point node-gyp at Node's headers; Electron needs its own.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_nodedir$/i.test(key)) delete env[key];
  const common = { cwd: work, env, stdio: 'inherit' };

  console.log(`Columns: preparing SQLite for Electron ${version} (ABI ${abi}, ${arch})…`);
  const prebuilt = spawnSync(
    process.execPath,
    [require.resolve('prebuild-install/bin.js', { paths: [source] }), '--runtime=electron', `--target=${version}`, `--arch=${arch}`],
    common,
  );
  if (prebuilt.status !== 0) {
    const gyp = nodeGypPath();
    if (!gyp) throw new Error('node-gyp was not found, so better-sqlite3 cannot be compiled for Electron.');
    const built = spawnSync(
      process.execPath,
      [gyp, 'rebuild', '--release', '--runtime=electron', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'],
      common,
    );
    if (built.status !== 0) throw new Error('Compiling better-sqlite3 for Electron failed (see the output above).');
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
  return target;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(`Columns: Electron SQLite module at ${ensureElectronNative({ force: process.argv.includes('--force') })}`);
  } catch (error) {
    console.error(`Columns: ${error.message}`);
    process.exit(1);
  }
}
