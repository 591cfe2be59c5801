// The Client ID shape check: X's real IDs (from X's docs and a public issue) pass, the sandbox's
// own client always passes, and the usual mistakes are refused with a reason that says what to paste.
import { describe, expect, it } from 'vitest';
import { checkClientId, clientIdSchema, EXAMPLE_CLIENT_ID, requireClientId } from '../../../src/main/core/accounts/client-id';
import { AppError } from '../../../src/main/core/errors';
import { SANDBOX_CLIENT_ID } from '../../../src/main/sandbox/oauth/clients';

describe('checkClientId', () => {
  it.each([
    [EXAMPLE_CLIENT_ID, EXAMPLE_CLIENT_ID],
    ['cHpmWmExelMwZFNMVV9WWlQ3QVc6MTpjaQ', 'cHpmWmExelMwZFNMVV9WWlQ3QVc6MTpjaQ'],
    // Padding and surrounding whitespace from a copy and paste.
    [`  ${Buffer.from('Y3kA-xmHi2_7iNZu7v5c:1:ci').toString('base64')}\n`, 'WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ=='],
    [` ${SANDBOX_CLIENT_ID} `, SANDBOX_CLIENT_ID],
  ])('accepts %j', (given, clientId) => {
    expect(checkClientId(given)).toEqual({ ok: true, clientId });
  });

  it.each([
    ['', /^is empty: paste the OAuth 2\.0 Client ID/],
    ['my-app', /^is not an X Client ID: .*like WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ/],
    ['e2e-client-id', /^is not an X Client ID/],
    // Base64 of something that is not "<id>:<n>:ci".
    [Buffer.from('Y3kA-xmHi2_7iNZu7v5c:1:cs').toString('base64url'), /^is not an X Client ID/],
    ['xvz1evFS4wEEPTGEFPHBog1234', /^is not an X Client ID/],
    ['xvz1evFS4wEEPTGEFPHBog123', /^looks like an API Key \(consumer key\)/],
    ['AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F', /^looks like a Bearer Token/],
  ])('refuses %j', (given, reason) => {
    const check = checkClientId(given);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toMatch(reason);
  });
});

describe('as a boundary', () => {
  it('is a zod schema whose issue is the reason', () => {
    expect(clientIdSchema.parse(` ${EXAMPLE_CLIENT_ID}`)).toBe(EXAMPLE_CLIENT_ID);
    const parsed = clientIdSchema.safeParse('made-up');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/^is not an X Client ID/);
  });

  it('throws invalid_input naming the field the way core dispatch does', () => {
    expect(requireClientId(EXAMPLE_CLIENT_ID, 'xApp.update')).toBe(EXAMPLE_CLIENT_ID);
    expect(() => requireClientId('made-up', 'xApp.update')).toThrow(AppError);
    expect(() => requireClientId('made-up', 'xApp.update')).toThrow(/^Invalid input for xApp\.update: clientId: is not an X Client ID/);
  });
});
