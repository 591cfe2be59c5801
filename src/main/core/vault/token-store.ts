// OAuth tokens in the keychain, one JSON entry per account: `x:<userId>` for a live X account,
// `training:<userId>` for a training-sandbox one. A confidential X app's client secret sits next to
// them under `xapp:client-secret`. This file and keychain.ts are the only ones that touch secrets,
// and neither ever logs one.
import { z } from 'zod';
import type { TokenSet, TokenStore } from '../providers/provider';
import type { SecretKey, Vault } from './keychain';

export const CLIENT_SECRET_KEY: SecretKey = 'xapp:client-secret';

export interface TokenOwner {
  training: boolean;
  userId: string;
}

export function tokenKey(owner: TokenOwner): SecretKey {
  return `${owner.training ? 'training' : 'x'}:${owner.userId}`;
}

const tokenSetSchema = z
  .object({
    accessToken: z.string().min(1),
    refreshToken: z.string().min(1).nullable(),
    expiresAt: z.iso.datetime(),
    scope: z.array(z.string()),
  })
  .strict();

/** Reads and writes TokenSets as keychain entries. */
export class TokenVault {
  constructor(readonly vault: Vault) {}

  /** The account's tokens, or null when there are none or the entry is not a TokenSet (treated as signed out). */
  async load(key: SecretKey): Promise<TokenSet | null> {
    const stored = await this.vault.get(key);
    if (stored === null) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(stored);
    } catch {
      return null;
    }
    const parsed = tokenSetSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  }

  /** Replaces the entry in place: the keychain write is the commit point of a refresh. */
  async save(key: SecretKey, tokens: TokenSet): Promise<void> {
    const checked = tokenSetSchema.parse(tokens);
    await this.vault.set(key, JSON.stringify(checked));
  }

  async delete(key: SecretKey): Promise<boolean> {
    return this.vault.delete(key);
  }
}

/** The TokenStore a provider uses for one account. */
export function createTokenStore(tokens: TokenVault, key: SecretKey, onReauthNeeded: (reason: string) => Promise<void> | void): TokenStore {
  return {
    load: () => tokens.load(key),
    save: (next) => tokens.save(key, next),
    reauthNeeded: async (reason) => {
      await onReauthNeeded(reason);
    },
  };
}
