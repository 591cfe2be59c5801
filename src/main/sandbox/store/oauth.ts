// OAuth 2.0 state: authorization codes and tokens. Only SHA-256 hashes are stored, so the sandbox's
// SQLite file holds nothing a thief could present. Refresh rotates: each refresh token works once.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Snowflake } from '../model';

export interface AuthorizationCodeGrant {
  clientId: string;
  userId: Snowflake;
  redirectUri: string;
  codeChallenge: string;
  codeChallengeMethod: string;
  scope: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface TokenRecord {
  kind: 'access' | 'refresh';
  userId: Snowflake;
  clientId: string;
  scope: string;
  grantId: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string | null;
  expiresIn: number;
  scope: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * The grant id of the tokens an authorization code was exchanged for, derived from the code so that
 * replaying the code can revoke them (RFC 6749 §4.1.2) without storing a link.
 */
export function grantIdForCode(code: string): string {
  return hashSecret(`grant:${code}`);
}

function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

interface CodeRow {
  client_id: string;
  user_id: string;
  redirect_uri: string;
  code_challenge: string;
  code_challenge_method: string;
  scope: string;
  expires_at: string;
  used_at: string | null;
}

interface TokenRow {
  kind: 'access' | 'refresh';
  user_id: string;
  client_id: string;
  scope: string;
  grant_id: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export class OAuthRepository {
  constructor(private readonly db: Database) {}

  createCode(grant: Omit<AuthorizationCodeGrant, 'usedAt'>): string {
    const code = newSecret('');
    this.db
      .prepare(
        `INSERT INTO oauth_codes (code_hash, client_id, user_id, redirect_uri, code_challenge, code_challenge_method, scope, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(hashSecret(code), grant.clientId, grant.userId, grant.redirectUri, grant.codeChallenge, grant.codeChallengeMethod, grant.scope, grant.expiresAt);
    return code;
  }

  /** Looks a code up and marks it used in one step; a second exchange sees usedAt set. */
  consumeCode(code: string, at: string): AuthorizationCodeGrant | undefined {
    return this.db.transaction(() => {
      const hash = hashSecret(code);
      const row = this.db.prepare<[string], CodeRow>('SELECT * FROM oauth_codes WHERE code_hash = ?').get(hash);
      if (!row) return undefined;
      if (row.used_at === null) this.db.prepare('UPDATE oauth_codes SET used_at = ? WHERE code_hash = ?').run(at, hash);
      return {
        clientId: row.client_id,
        userId: row.user_id,
        redirectUri: row.redirect_uri,
        codeChallenge: row.code_challenge,
        codeChallengeMethod: row.code_challenge_method,
        scope: row.scope,
        expiresAt: row.expires_at,
        usedAt: row.used_at,
      };
    })();
  }

  /**
   * Issues an access token (and a refresh token when offline.access was granted) under one grant.
   * `now` and the TTL come from the sandbox clock so expiry can be shifted in tests.
   */
  issue(input: { userId: Snowflake; clientId: string; scope: string; grantId?: string; nowMs: number; ttlSeconds: number }): IssuedTokens {
    const grantId = input.grantId ?? randomUUID();
    const createdAt = new Date(input.nowMs).toISOString();
    const accessToken = newSecret('sbx-at-');
    const wantsRefresh = input.scope.split(' ').includes('offline.access');
    const refreshToken = wantsRefresh ? newSecret('sbx-rt-') : null;
    const insert = this.db.prepare(
      `INSERT INTO oauth_tokens (token_hash, kind, user_id, client_id, scope, grant_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      const expiresAt = new Date(input.nowMs + input.ttlSeconds * 1000).toISOString();
      insert.run(hashSecret(accessToken), 'access', input.userId, input.clientId, input.scope, grantId, expiresAt, createdAt);
      if (refreshToken) insert.run(hashSecret(refreshToken), 'refresh', input.userId, input.clientId, input.scope, grantId, null, createdAt);
    })();
    return { accessToken, refreshToken, expiresIn: input.ttlSeconds, scope: input.scope };
  }

  find(token: string): TokenRecord | undefined {
    const row = this.db.prepare<[string], TokenRow>('SELECT * FROM oauth_tokens WHERE token_hash = ?').get(hashSecret(token));
    return row && {
      kind: row.kind,
      userId: row.user_id,
      clientId: row.client_id,
      scope: row.scope,
      grantId: row.grant_id,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
    };
  }

  /** Revokes one token; revoking a refresh token ends its whole grant, as X does. */
  revoke(token: string, at: string): boolean {
    const record = this.find(token);
    if (!record) return false;
    if (record.kind === 'refresh') this.revokeGrant(record.grantId, at);
    else this.db.prepare('UPDATE oauth_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(at, hashSecret(token));
    return true;
  }

  /** Retires one used refresh token (rotation) without touching the rest of the grant; false when it already was. */
  retire(token: string, at: string): boolean {
    return this.db.prepare('UPDATE oauth_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(at, hashSecret(token)).changes > 0;
  }

  /**
   * Spends a refresh token (rotation) in one step: `reused` is true when it had already been spent
   * or revoked, which is the caller's cue to end the whole grant (OAuth 2.1 reuse detection).
   */
  claimRefresh(token: string, at: string): { record: TokenRecord; reused: boolean } | undefined {
    return this.db.transaction(() => {
      const record = this.find(token);
      if (!record || record.kind !== 'refresh') return undefined;
      return { record, reused: !this.retire(token, at) };
    })();
  }

  revokeGrant(grantId: string, at: string): void {
    this.db.prepare('UPDATE oauth_tokens SET revoked_at = ? WHERE grant_id = ? AND revoked_at IS NULL').run(at, grantId);
  }

  /** Admin: every token of a user stops working now. */
  revokeUser(userId: Snowflake, at: string): number {
    return this.db.prepare('UPDATE oauth_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(at, userId).changes;
  }

  /** Admin: a user's access tokens expire now; refresh tokens keep working, as after two idle hours. */
  expireUser(userId: Snowflake, at: string): number {
    return this.db
      .prepare(`UPDATE oauth_tokens SET expires_at = ? WHERE user_id = ? AND kind = 'access' AND revoked_at IS NULL AND expires_at > ?`)
      .run(at, userId, at).changes;
  }
}
