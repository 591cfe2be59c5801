import { join } from 'node:path';

export const APP_NAME = 'Columns';
/** Keychain service name and Electron app id (DESIGN: "Service name = app id"). */
export const APP_ID = 'org.columns.desktop';
export const DATABASE_FILE = 'columns.db';

export interface DataDirInput {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

/**
 * The folder Electron calls userData, computed the same way under plain Node so that the app and
 * browser mode share one data directory. COLUMNS_DATA_DIR overrides it.
 */
export function resolveDataDir({ env, platform, home }: DataDirInput): string {
  const override = env['COLUMNS_DATA_DIR'];
  if (override && override.trim() !== '') return override;
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_NAME);
    case 'win32':
      return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_NAME);
    default:
      return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), APP_NAME);
  }
}
