// The organisation file as the renderer sees it: plain values, no zod (organisation-schema.ts has
// the format). Core reads the file; Settings shows where it came from and what it locks.
import type { OrganisationFile } from './organisation-schema';

/** What an organisation may lock: users then see the value and cannot change it. */
export const ORG_LOCKABLE = [
  'x.clientId',
  'x.callbackPort',
  'x.plan',
  'x.prices',
  'spend.monthlyCapUsd',
  'settings.theme',
  'settings.timeZone',
  'settings.locale',
  'accounts',
  'monitoringHours',
  'savedReplies',
] as const;
export type OrgLockable = (typeof ORG_LOCKABLE)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const UK_BANK_HOLIDAY_REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export const SAVED_REPLY_CATEGORIES = ['clinical', 'complaint', 'foi', 'media', 'thanks', 'other'] as const;

/** Where Columns looks, in order; the first file that exists wins. */
export type OrganisationVia = 'env' | 'system' | 'data';

export interface OrganisationView {
  /** The file in use, and which rule found it; null when there is none. */
  source: { path: string; via: OrganisationVia } | null;
  /** Every place looked, in order (COLUMNS_ORG_CONFIG, the system-wide path, the data folder). */
  searched: { path: string; via: OrganisationVia }[];
  /** The file's values as applied (the last good version if the current one is refused); never a secret. */
  file: OrganisationFile | null;
  /** Why the file on disk was refused, with the field it concerns; the last good version stays in force. */
  error: string | null;
  locked: OrgLockable[];
  /** When it was last read (ISO). */
  loadedAt: string | null;
}
