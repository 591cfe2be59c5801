// The organisation's corporate accounts: the handles IT lists, with their kind, colour, "confirm
// before posting" and required alt text. They apply to live accounts (training accounts keep the
// practice cast's own settings): when the account connects, and again whenever IT changes its entry
// in the file. With "accounts" locked they always hold and Settings cannot change them.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { AccountSummary } from '../../../shared/accounts';
import type { OrganisationAccount } from '../../../shared/organisation-schema';
import type { AccountSettingsPatch, AccountsRepository } from '../accounts/repository';
import { AppError } from '../errors';
import type { OrganisationReader } from './overlay';

const appliedSchema = z.record(z.string(), z.string()).catch({});
const APPLIED_KEY = 'organisation.accounts_applied';
const FIELDS = ['kind', 'colour', 'confirmBeforePosting', 'requireAltText'] as const;

function versionOf(entry: OrganisationAccount): string {
  return createHash('sha256').update(JSON.stringify(entry)).digest('hex').slice(0, 16);
}

function patchOf(entry: OrganisationAccount): AccountSettingsPatch {
  return {
    kind: entry.kind,
    confirmBeforePosting: entry.confirmBeforePosting,
    requireAltText: entry.requireAltText,
    ...(entry.colour ? { colour: entry.colour.toLowerCase() } : {}),
  };
}

function differs(account: AccountSummary, patch: AccountSettingsPatch): boolean {
  return FIELDS.some((field) => patch[field] !== undefined && patch[field] !== account[field]);
}

export class OrganisationAccounts {
  readonly #select;
  readonly #upsert;

  constructor(
    db: Database,
    private readonly repo: AccountsRepository,
    private readonly organisation: OrganisationReader,
  ) {
    this.#select = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
    this.#upsert = db.prepare<[string, string, string]>(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
  }

  /** The file's entry for a live account, matched by handle (X handles ignore case). */
  entryFor(account: Pick<AccountSummary, 'handle' | 'training'>): OrganisationAccount | null {
    if (account.training) return null;
    const handle = account.handle.toLowerCase();
    return this.organisation.file()?.accounts?.find((entry) => entry.handle.toLowerCase() === handle) ?? null;
  }

  /** The colour and kind a newly connected account starts with, when the file lists it. */
  defaultsFor(account: Pick<AccountSummary, 'handle' | 'training'>): AccountSettingsPatch | null {
    const entry = this.entryFor(account);
    return entry ? patchOf(entry) : null;
  }

  /**
   * Brings connected accounts in line with the file: a locked entry always, an unlocked one once per
   * version of the entry (so a user's own change stands until IT changes that entry), and `justConnected`
   * always (a new connection starts as IT set it). True when any account changed.
   */
  apply(justConnected: string | null = null): boolean {
    const locked = this.organisation.isLocked('accounts');
    const applied = this.#applied();
    let changed = false;
    for (const account of this.repo.list()) {
      const entry = this.entryFor(account);
      if (!entry) continue;
      const version = versionOf(entry);
      const due = locked || account.id === justConnected || applied[account.handle.toLowerCase()] !== version;
      applied[account.handle.toLowerCase()] = version;
      const patch = patchOf(entry);
      if (due && differs(account, patch)) {
        this.repo.updateSettings(account.id, patch);
        changed = true;
      }
    }
    this.#upsert.run(APPLIED_KEY, JSON.stringify(applied), new Date().toISOString());
    return changed;
  }

  /** Refuses a change to a locked account's organisation settings, naming the field. */
  refuseLocked(account: AccountSummary, patch: AccountSettingsPatch): void {
    const entry = this.entryFor(account);
    if (!entry || !this.organisation.isLocked('accounts')) return;
    const wanted = patchOf(entry);
    const field = FIELDS.find((name) => patch[name] !== undefined && wanted[name] !== undefined && patch[name] !== wanted[name]);
    if (field === undefined) return;
    const name = this.organisation.file()?.organisation ?? 'your organisation';
    throw new AppError('invalid_input', `${field}: @${account.handle}'s settings are set by ${name} in its organisation file and locked; ask your IT team to change them.`);
  }

  #applied(): Record<string, string> {
    try {
      return appliedSchema.parse(JSON.parse(this.#select.get(APPLIED_KEY) ?? '{}'));
    } catch {
      return {};
    }
  }
}
