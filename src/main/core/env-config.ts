// The environment's say in how core is built, read once by each entry point (Electron, browser
// mode, CLI): another X-compatible server for live accounts and the keychain service name.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CoreOptions } from './app';

const envSchema = z.object({
  COLUMNS_X_API_BASE: z.url({ protocol: /^https$/, error: 'COLUMNS_X_API_BASE must be an https:// URL' }).optional(),
  /** The CA's PEM, or the path of a PEM file. */
  COLUMNS_X_CA: z.string().min(1).optional(),
  COLUMNS_KEYCHAIN_SERVICE: z.string().regex(/^[\w.-]{1,100}$/, 'COLUMNS_KEYCHAIN_SERVICE must be a name such as org.columns.desktop').optional(),
  /** Runs core's clock (queue, columns, chats, training sandbox) this many times faster: tests and demos. */
  /** The organisation file to read first (IT's deployment, a test). */
  COLUMNS_ORG_CONFIG: z.string().min(1).max(4096).optional(),
  COLUMNS_CLOCK_SPEED: z.coerce.number({ error: 'COLUMNS_CLOCK_SPEED must be a number from 1 to 1000' }).min(1, 'COLUMNS_CLOCK_SPEED must be a number from 1 to 1000').max(1000, 'COLUMNS_CLOCK_SPEED must be a number from 1 to 1000').optional(),
});

export type EnvCoreOptions = Pick<CoreOptions, 'xApiBaseUrl' | 'xCaPem' | 'keychainService' | 'clockSpeed' | 'organisationFile'>;

export function coreOptionsFromEnv(env: Record<string, string | undefined>): EnvCoreOptions {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([key, value]) => key in envSchema.shape && value !== '')));
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Invalid COLUMNS_* environment');
  const { COLUMNS_X_API_BASE: base, COLUMNS_X_CA: ca, COLUMNS_KEYCHAIN_SERVICE: service, COLUMNS_CLOCK_SPEED: speed, COLUMNS_ORG_CONFIG: organisationFile } = parsed.data;
  if (base !== undefined && ca === undefined) throw new Error('COLUMNS_X_API_BASE needs COLUMNS_X_CA (the CA certificate its server chains to).');
  const options: EnvCoreOptions = {};
  if (base !== undefined) options.xApiBaseUrl = base;
  if (ca !== undefined) options.xCaPem = ca.trimStart().startsWith('-----BEGIN') ? ca : readFileSync(ca, 'utf8');
  if (service !== undefined) options.keychainService = service;
  if (speed !== undefined && speed !== 1) options.clockSpeed = speed;
  if (organisationFile !== undefined) options.organisationFile = organisationFile;
  return options;
}
