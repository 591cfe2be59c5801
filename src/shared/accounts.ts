// Accounts as the renderer sees them, and the inputs that change them. Tokens never appear here:
// they live in the OS keychain and stay in core (DESIGN rule 3).
import { z } from 'zod';
import { X_API_PLANS, type XApiPlan } from './x-plans';

export const ACCOUNT_KINDS = ['corporate', 'personal'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export type AccountStatus = 'active' | 'needs_reauth';

export interface AccountSummary {
  /** Columns' own id for the account (stable across reconnects). */
  id: string;
  network: 'x';
  /** The X user id. */
  userId: string;
  /** Without the @. */
  handle: string;
  displayName: string;
  kind: AccountKind;
  /** #rrggbb, shown on everything the account receives or sends. */
  colour: string;
  avatarUrl: string | null;
  status: AccountStatus;
  /** What happened, in Columns' words, when the account needs the person (core writes it); null when active. */
  statusNote: string | null;
  /** A training-sandbox account: shown with a banner, never posted together with a live one. */
  training: boolean;
  /** Ask before any publish or schedule from this account (default on for corporate). */
  confirmBeforePosting: boolean;
  /** Refuse images without alt text from this account (default on for corporate). */
  requireAltText: boolean;
}

export { X_API_PLANS, type XApiPlan } from './x-plans';

/** The X developer app the user registered (public client with PKCE; a confidential app's secret is in the keychain). */
export interface XAppSettings {
  clientId: string | null;
  /** Whether a client secret is stored in the keychain; the secret itself never leaves core. */
  hasClientSecret: boolean;
  /** The loopback port of the callback URL `http://127.0.0.1:<port>/callback`. */
  callbackPort: number;
  /** The exact callback URL to enter in the X developer portal. */
  callbackUrl: string;
  /** The scopes Columns asks for, in the order the settings screen explains them. */
  scopes: string[];
  /** The app's X API plan: decides up front whether likes and quotes are offered for live accounts. */
  plan: XApiPlan;
  /** The organisation whose X app is in force (from its organisation file), or null for the user's own. */
  organisation: { name: string; clientType: 'public' | 'confidential' } | null;
}

/** Where the keychain stands. Without a Secret Service Columns refuses to store tokens (never plain text). */
export interface VaultStatus {
  available: boolean;
  /** Why not, in one sentence the user can act on; null when available. */
  message: string | null;
}

export type ConnectState = 'waiting' | 'exchanging' | 'connected' | 'cancelled' | 'denied' | 'timed_out' | 'failed';

/** Progress of one "Add account" attempt, as an event and as the answer to accounts.connect. */
export interface ConnectProgress {
  attemptId: string;
  state: ConnectState;
  /** The page to open in the system browser (while waiting). */
  authorizeUrl: string | null;
  /** Whether core opened it itself (Electron); otherwise the renderer opens it in a new tab. */
  opened: boolean;
  /** Why it ended, for cancelled/denied/timed_out/failed. */
  message: string | null;
  /** The account connected or updated, once connected. */
  account: AccountSummary | null;
}

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #1d9bf0');
const accountId = z.string().min(1).max(64);

export const accountUpdateSchema = z
  .object({
    id: accountId,
    kind: z.enum(ACCOUNT_KINDS).optional(),
    colour: hexColour.optional(),
    confirmBeforePosting: z.boolean().optional(),
    requireAltText: z.boolean().optional(),
  })
  .strict();

export const accountRemoveSchema = z
  .object({
    id: accountId,
    /** What happens to the account's queued posts. */
    queuedPosts: z.enum(['keep', 'delete']),
  })
  .strict();

export const connectStartSchema = z
  .object({
    /** Reconnect this account (needs_reauth); otherwise add a new one. */
    accountId: accountId.optional(),
  })
  .strict();

export const connectCancelSchema = z.object({ attemptId: z.string().min(1).max(64) }).strict();

export const xAppUpdateSchema = z
  .object({
    clientId: z.string().trim().min(1).max(200).regex(/^[\w.-]+$/, 'must be the Client ID from the X developer portal').nullable().optional(),
    /** A confidential app's secret (stored in the keychain); null removes it. */
    clientSecret: z.string().trim().min(1).max(500).nullable().optional(),
    callbackPort: z.number().int().min(1024).max(65535).optional(),
    plan: z.enum(X_API_PLANS, { message: 'must be pay-per-use or enterprise' }).optional(),
  })
  .strict();
