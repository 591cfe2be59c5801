// Error mapping for answers the sandbox does not give: X's wording in other places and statuses
// (too long as a 403, the reply target gone, an OAuth body), anything thrown that is not X's.
import { ApiResponseError } from 'twitter-api-v2';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/main/core/providers/provider';
import { toProviderError } from '../../../src/main/core/providers/x/errors';
import { loadTwitterApi } from '../../../src/main/core/providers/x/library';

// The provider loads twitter-api-v2 at its first network call (library.ts); its errors exist after that.
beforeAll(async () => {
  await loadTwitterApi();
});

/** An ApiResponseError as twitter-api-v2 builds one from X's answer (no socket behind it here). */
function answer(code: number, data: Record<string, unknown>, headers: Record<string, string> = {}): ApiResponseError {
  return new ApiResponseError(`Request failed with code ${code}`, { code, data, headers, request: undefined as never, response: undefined as never });
}

const forbidden = (detail: string) => answer(403, { detail, type: 'about:blank', title: 'Forbidden', status: 403 });

describe('toProviderError', () => {
  it.each([
    [forbidden('Your Tweet text is too long.'), 'too_long'],
    [forbidden('You attempted to reply to a Tweet that is deleted or not visible to you.'), 'not_found'],
    [forbidden('You are not allowed to create a Tweet with duplicate content.'), 'duplicate'],
    [forbidden('You are not permitted to perform this action on behalf of another user.'), 'forbidden'],
    [answer(400, { errors: [{ message: 'This tweet cannot be found.' }], title: 'Invalid Request' }), 'not_found'],
    [answer(400, { errors: [{ message: 'Your media IDs are invalid.' }], title: 'Invalid Request' }), 'forbidden'],
    [answer(401, { error: 'invalid_token', error_description: 'expired' }), 'auth_expired'],
    [answer(500, { title: 'Internal Server Error' }), 'server'],
  ] as const)('%#: maps to %s', (error, code) => {
    expect(toProviderError(error, 'POST /2/tweets').code).toBe(code);
  });

  it('keeps the status and endpoint, and a 429 reset from the header', () => {
    const error = toProviderError(answer(429, { title: 'Too Many Requests' }, { 'x-rate-limit-reset': '1777626000' }), 'GET /2/users/me');
    expect(error.details).toEqual({ endpoint: 'GET /2/users/me', status: 429, resetAt: '2026-05-01T09:00:00.000Z' });
  });

  it('passes a ProviderError through and calls anything else a server problem', () => {
    const mine = new ProviderError('duplicate', 'already said');
    expect(toProviderError(mine)).toBe(mine);
    expect(toProviderError(new Error('Media processing failed: bad file'))).toMatchObject({ code: 'server', message: expect.stringMatching(/Media processing failed/) });
  });
});
