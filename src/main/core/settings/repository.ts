import type { Database } from 'better-sqlite3';
import type { OrgLockable } from '../../../shared/organisation';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { settingsSchema } from '../../../shared/settings-schema';
import { effectiveValue, refuseIfLocked, type OrganisationReader } from '../organisation/overlay';

const LOCK_OF: Record<keyof Settings, OrgLockable> = { theme: 'settings.theme', timeZone: 'settings.timeZone', locale: 'settings.locale' };

/**
 * Settings are rows of key → JSON value; a stored value that no longer validates falls back to its
 * default. The organisation file suggests values (in force until the user sets one) or locks them.
 */
export class SettingsRepository {
  readonly #select;
  readonly #upsert;

  constructor(
    private readonly db: Database,
    private readonly organisation: OrganisationReader | null = null,
  ) {
    this.#select = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
    this.#upsert = db.prepare<[string, string, string]>(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
  }

  #stored(): Partial<Settings> {
    const stored: Partial<Settings> = {};
    const fields = settingsSchema.shape;
    for (const row of this.#select.all()) {
      if (!Object.hasOwn(fields, row.key)) continue;
      const key = row.key as keyof Settings;
      let raw: unknown;
      try {
        raw = JSON.parse(row.value);
      } catch {
        continue;
      }
      const parsed = fields[key].safeParse(raw);
      if (parsed.success) Object.assign(stored, { [key]: parsed.data });
    }
    return stored;
  }

  get(): Settings {
    const stored = this.#stored();
    const suggested: Partial<Settings> = this.organisation?.file()?.settings ?? {};
    const pick = <K extends keyof Settings>(key: K): Settings[K] =>
      effectiveValue<Settings[K]>(this.organisation, LOCK_OF[key], suggested[key], stored[key], DEFAULT_SETTINGS[key]);
    return { theme: pick('theme'), timeZone: pick('timeZone'), locale: pick('locale') };
  }

  update(patch: Partial<Settings>, now: Date = new Date()): Settings {
    const suggested: Partial<Settings> = this.organisation?.file()?.settings ?? {};
    for (const key of Object.keys(patch) as (keyof Settings)[]) refuseIfLocked(this.organisation, LOCK_OF[key], key, { to: patch[key], locked: suggested[key] });
    settingsSchema.parse({ ...this.get(), ...patch });
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        this.#upsert.run(key, JSON.stringify(value), now.toISOString());
      }
    })();
    return this.get();
  }
}
