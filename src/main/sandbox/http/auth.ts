// Who is calling: an OAuth 2.0 user-context bearer token, checked against the hashed token store
// and the sandbox clock. Anything else is X's 401.
import type { SandboxUser } from '../model';
import { normaliseId } from '../store/ids';
import type { SandboxWorld } from '../world';
import { forbidden, missingScopes, unauthorized } from './problems';

export interface Caller {
  user: SandboxUser;
  clientId: string;
  scopes: ReadonlySet<string>;
}

export function authenticate(world: SandboxWorld, authorization: string | undefined): Caller {
  const match = /^Bearer ([\w.~+/=-]{8,512})$/i.exec(authorization ?? '');
  if (!match?.[1]) throw unauthorized();
  const record = world.oauth.find(match[1]);
  if (!record || record.kind !== 'access' || record.revokedAt !== null) throw unauthorized();
  if (record.expiresAt !== null && Date.parse(record.expiresAt) <= world.clock.nowMs()) throw unauthorized();
  const user = world.users.get(record.userId);
  if (!user) throw unauthorized();
  return { user, clientId: record.clientId, scopes: new Set(record.scope.split(' ').filter(Boolean)) };
}

/** X answers 403 when the token lacks a scope the endpoint needs. */
export function requireScopes(caller: Caller, required: readonly string[]): void {
  const missing = required.filter((scope) => !caller.scopes.has(scope));
  if (missing.length > 0) throw missingScopes(required);
}

/** Endpoints with :id in the path act for that user only: another user's id is X's 403. */
export function requireSelf(caller: Caller, pathUserId: string): void {
  if (normaliseId(pathUserId) !== caller.user.id) {
    throw forbidden('You are not permitted to perform this action on behalf of another user.');
  }
}
