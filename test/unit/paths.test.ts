import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/main/core/paths';

describe('resolveDataDir', () => {
  const home = '/home/nhs';

  it('matches Electron userData on each platform', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', home })).toBe(join(home, '.config', 'Columns'));
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home })).toBe(join('/cfg', 'Columns'));
    expect(resolveDataDir({ env: {}, platform: 'darwin', home })).toBe(join(home, 'Library', 'Application Support', 'Columns'));
    expect(resolveDataDir({ env: { APPDATA: 'C:\\Users\\nhs\\AppData\\Roaming' }, platform: 'win32', home })).toBe(
      join('C:\\Users\\nhs\\AppData\\Roaming', 'Columns'),
    );
  });

  it('lets COLUMNS_DATA_DIR override every platform default', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(resolveDataDir({ env: { COLUMNS_DATA_DIR: '/data/columns' }, platform, home })).toBe('/data/columns');
    }
    expect(resolveDataDir({ env: { COLUMNS_DATA_DIR: '  ' }, platform: 'linux', home })).toBe(join(home, '.config', 'Columns'));
  });
});
