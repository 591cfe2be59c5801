// The installer configuration is checked here against electron-builder's own schema, read the way
// electron-builder reads it, so a misspelt key fails `npm test` instead of a release build.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../src/main/core/paths';

const require = createRequire(import.meta.url);
const root = resolve(__dirname, '..', '..');
const schema: object = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
// electron-builder's loader (the CLI uses it to find electron-builder.yml), so YAML is parsed as it parses it.
const { findAndReadConfig } = require('app-builder-lib/out/util/config/load.js') as {
  findAndReadConfig(request: { projectDir: string; configFilename: string; packageKey: string }): Promise<{
    result: Record<string, unknown>;
    configFile: string;
  } | null>;
};

// The options electron-builder's schemaValidator compiles scheme.json with.
const validate = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false }).compile(schema);

async function loadConfig(): Promise<{ result: Record<string, unknown>; configFile: string }> {
  const found = await findAndReadConfig({ projectDir: root, configFilename: 'electron-builder', packageKey: 'build' });
  if (!found) throw new Error('electron-builder.yml was not found');
  return found;
}

function targets(config: Record<string, unknown>, platform: string): unknown {
  return (config[platform] as { target?: unknown }).target;
}

describe('electron-builder configuration', () => {
  it('is electron-builder.yml, and package.json has no build key that would win over it', async () => {
    const { configFile } = await loadConfig();
    expect(configFile).toBe(join(root, 'electron-builder.yml'));
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).not.toHaveProperty('build');
  });

  it("matches electron-builder's own JSON schema", async () => {
    const { result } = await loadConfig();
    const ok = validate(structuredClone(result));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a misspelt key, so the schema check has teeth', async () => {
    const { result } = await loadConfig();
    const { npmRebuild, ...rest } = result;
    const typo = { ...rest, npmRebuilds: npmRebuild };
    expect(validate(typo)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'npmRebuilds' } }),
    );
    const nestedTypo = { ...result, linux: { ...(result['linux'] as object), targett: ['AppImage'] } };
    expect(validate(nestedTypo)).toBe(false);
  });

  it('keeps the rebuild off and builds the four installers', async () => {
    const { result } = await loadConfig();
    expect(result['npmRebuild']).toBe(false);
    expect(targets(result, 'linux')).toEqual(['AppImage', 'deb']);
    expect(targets(result, 'win')).toEqual(['nsis']);
    expect(targets(result, 'mac')).toEqual(['dmg']);
  });

  it('uses the app id the app and its keychain entries use', async () => {
    const { result } = await loadConfig();
    expect(result['appId']).toBe(APP_ID);
    expect(result['productName']).toBe('Columns');
  });

  it('packs the Electron build of better-sqlite3 where native-binding.ts looks, outside the asar', async () => {
    const { result } = await loadConfig();
    expect(result['files']).toContain('.native/electron-abi*/better_sqlite3.node');
    expect(result['asarUnpack']).toContain('.native/**');
  });

  it('points every platform at an icon that exists and has the size the target needs', async () => {
    const { result } = await loadConfig();
    const icon = (platform: string): string => join(root, (result[platform] as { icon: string }).icon);

    const linux = icon('linux');
    expect(statSync(linux).isDirectory()).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(join(linux, `${size}x${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }

    const ico = readFileSync(icon('win'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    // Each directory entry's width; 0 is ICO's way of writing 256.
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico.readUInt8(6 + 16 * index) || 256);
    expect(sizes).toContain(256);

    const icns = readFileSync(icon('mac'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true);
    expect(existsSync(join(root, 'resources', 'icon.svg'))).toBe(true);
  });
});
