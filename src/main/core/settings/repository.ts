import type { Database } from 'better-sqlite3';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { settingsSchema } from '../../../shared/settings-schema';

/** Settings are rows of key → JSON value; a stored value that no longer validates falls back to its default. */
export class SettingsRepository {
  readonly #select;
  readonly #upsert;

  constructor(private readonly db: Database) {
    this.#select = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
    this.#upsert = db.prepare<[string, string, string]>(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
  }

  get(): Settings {
    const settings: Settings = { ...DEFAULT_SETTINGS };
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
      if (parsed.success) Object.assign(settings, { [key]: parsed.data });
    }
    return settings;
  }

  update(patch: Partial<Settings>, now: Date = new Date()): Settings {
    const next = settingsSchema.parse({ ...this.get(), ...patch });
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        this.#upsert.run(key, JSON.stringify(value), now.toISOString());
      }
    })();
    return next;
  }
}
