// The X developer app the user registered: its client id and callback port live in SQLite (they are
// not secret), a confidential app's client secret in the keychain. The callback URL is derived, so
// what the settings screen shows is exactly what the X developer portal must hold.
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import { z } from 'zod';
import { X_API_PLANS, type XApiPlan, type XAppSettings } from '../../../shared/accounts';
import { X_SCOPES } from '../providers/x/oauth';
import type { XAppCredentials } from '../providers/x/endpoint';
import { CLIENT_SECRET_KEY } from '../vault/token-store';
import type { Vault } from '../vault/keychain';
import { effectiveValue, refuseIfLocked, type OrganisationReader } from '../organisation/overlay';
import { requireClientId } from './client-id';

export const DEFAULT_CALLBACK_PORT = 53682;
export const CALLBACK_PATH = '/callback';

const KEYS = { clientId: 'x_app.client_id', callbackPort: 'x_app.callback_port', plan: 'x_app.plan' } as const;
const clientIdSchema = z.string().min(1).max(200);
const portSchema = z.number().int().min(1024).max(65535);
const planSchema = z.enum(X_API_PLANS);

/** Self-serve is what a newly registered X app gets (X-API.md, "Policy in 2026"). */
export const DEFAULT_X_API_PLAN: XApiPlan = 'pay-per-use';

/**
 * The live accounts' X API plan as stored in settings (columns read it to offer or withhold likes
 * and quotes up front); pay-per-use until the user says otherwise.
 */
export function storedXApiPlan(db: Database, organisation: OrganisationReader | null = null): () => XApiPlan {
  const select = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  return () => effectiveValue(organisation, 'x.plan', organisation?.file()?.x?.plan, readJson(select.get(KEYS.plan), planSchema), DEFAULT_X_API_PLAN);
}

function readJson<T>(stored: string | undefined, schema: z.ZodType<T>): T | null {
  if (stored === undefined) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function callbackUrl(port: number): string {
  return `http://127.0.0.1:${port}${CALLBACK_PATH}`;
}

export interface XAppPatch {
  clientId?: string | null;
  clientSecret?: string | null;
  callbackPort?: number;
  plan?: XApiPlan;
}

export class XAppSettingsStore {
  readonly #select;
  readonly #upsert;
  readonly #delete;
  readonly #plan: () => XApiPlan;

  constructor(
    db: Database,
    private readonly vault: Vault,
    private readonly organisation: OrganisationReader | null = null,
  ) {
    this.#select = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
    this.#plan = storedXApiPlan(db, organisation);
    this.#upsert = db.prepare<[string, string, string]>(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  }

  #read<T>(key: string, schema: z.ZodType<T>): T | null {
    return readJson(this.#select.get(key), schema);
  }

  plan(): XApiPlan {
    return this.#plan();
  }

  clientId(): string | null {
    return effectiveValue<string | null>(this.organisation, 'x.clientId', this.#app()?.clientId, this.#read(KEYS.clientId, clientIdSchema), null);
  }

  callbackPort(): number {
    return effectiveValue(this.organisation, 'x.callbackPort', this.#app()?.callbackPort, this.#read(KEYS.callbackPort, portSchema), DEFAULT_CALLBACK_PORT);
  }

  #app() {
    return this.organisation?.file()?.x;
  }

  /** The organisation's X app, when the client id in force is its. */
  #organisationApp(): XAppSettings['organisation'] {
    const file = this.organisation?.file();
    const app = file?.x;
    if (!file || !app || app.clientId !== this.clientId()) return null;
    return { name: file.organisation, clientType: app.clientType };
  }

  /** The secret is looked up only when asked whether one exists; a locked keychain reads as "none". */
  async get(): Promise<XAppSettings> {
    const port = this.callbackPort();
    const hasClientSecret = await this.vault.get(CLIENT_SECRET_KEY).then((secret) => secret !== null, () => false);
    return {
      clientId: this.clientId(),
      hasClientSecret,
      callbackPort: port,
      callbackUrl: callbackUrl(port),
      scopes: [...X_SCOPES],
      plan: this.plan(),
      organisation: this.#organisationApp(),
    };
  }

  /** The credentials for a live connect, or null before the user has entered a client id. */
  async credentials(): Promise<XAppCredentials | null> {
    const clientId = this.clientId();
    if (clientId === null) return null;
    const secret = await this.vault.get(CLIENT_SECRET_KEY);
    const organisation = this.#organisationApp();
    if (!secret && organisation?.clientType === 'confidential') {
      throw new AppError(
        'invalid_input',
        `clientSecret: ${organisation.name}'s X app is a confidential app: enter its client secret once (your IT team has it) and Columns keeps it in the keychain.`,
      );
    }
    return secret ? { clientId, clientSecret: secret } : { clientId };
  }

  /** Refuses a Client ID that cannot be X's (client-id.ts) before anything is saved. */
  async update(patch: XAppPatch, now: Date = new Date()): Promise<XAppSettings> {
    const app = this.#app();
    refuseIfLocked(this.organisation, 'x.clientId', 'clientId', { to: patch.clientId, locked: app?.clientId });
    refuseIfLocked(this.organisation, 'x.callbackPort', 'callbackPort', { to: patch.callbackPort, locked: app?.callbackPort });
    refuseIfLocked(this.organisation, 'x.plan', 'plan', { to: patch.plan, locked: app?.plan });
    const clientId = typeof patch.clientId === 'string' ? requireClientId(patch.clientId, 'xApp.update') : patch.clientId;
    // The secret first: if the keychain refuses, nothing else changes.
    if (patch.clientSecret === null) await this.vault.delete(CLIENT_SECRET_KEY);
    else if (patch.clientSecret !== undefined) await this.vault.set(CLIENT_SECRET_KEY, patch.clientSecret);
    const at = now.toISOString();
    if (clientId === null) this.#delete.run(KEYS.clientId);
    else if (clientId !== undefined) this.#upsert.run(KEYS.clientId, JSON.stringify(clientId), at);
    if (patch.callbackPort !== undefined) this.#upsert.run(KEYS.callbackPort, JSON.stringify(patch.callbackPort), at);
    if (patch.plan !== undefined) this.#upsert.run(KEYS.plan, JSON.stringify(patch.plan), at);
    return this.get();
  }
}
