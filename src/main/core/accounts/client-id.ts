// Whether a string can be an X OAuth 2.0 Client ID, checked before anything opens a browser: X
// itself never tells the app that a Client ID is wrong, it only shows the person an error page.
//
// What X's Client IDs look like (researched December 2026):
// - docs.x.com, "OAuth 2.0 Making requests on behalf of users" (fundamentals/authentication/oauth-2-0/
//   user-access-token): its confidential-client example header `Basic V1ROclFTMTRi…` decodes to
//   `WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ:<secret>`, so the example Client ID is
//   `WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ` (34 characters), itself unpadded base64 of
//   `Y3kA-xmHi2_7iNZu7v5c:1:ci`.
// - github.com/xdevplatform/xurl/issues/27: a real authorize URL with
//   `client_id=cHpmWmExelMwZFNMVV9WWlQ3QVc6MTpjaQ` (34 characters, `pzfZa1zS0dSLU_VZT7AW:1:ci`).
//   So: base64 of `<base64url id>:<digits>:ci`. (One blog post claims the Client ID equals the
//   OAuth 1.0a API Key; both examples above say otherwise: API Keys are 25 plain characters.)
//
// How X answers an unknown Client ID:
// - GET x.com/i/oauth2/authorize shows its own page, "Something went wrong. You weren't able to give
//   access to the App. Go back and try logging in again.", and never redirects back to the app
//   (xdevplatform/xurl#27, xdevplatform/twitter-api-java-sdk#17, CodedOre/NewCaw#57). The same page
//   is shown for a callback URL the app has not registered, so the app only ever sees silence.
// - POST api.x.com/2/oauth2/token answers 401 `{"error":"unauthorized_client","error_description":
//   "Missing valid authorization header"}` when it cannot authenticate the client as a public
//   client: reported for a public-client request on a confidential app
//   (xdevplatform/twitter-api-typescript-sdk#23, plhery/node-twitter-api-v2#319) and for wrong
//   credentials (tweepy/tweepy#2035, "double check that your client ID and secret are correct").
//   X publishes no separate answer for an unknown client_id; the sandbox answers it the same way
//   (src/main/sandbox/oauth/errors.ts).
//
// The sandbox's own public client, `columns-sandbox`, is always accepted: training and tests use it.
import { z } from 'zod';
import { SANDBOX_CLIENT_ID } from '../../sandbox/oauth/clients';
import { AppError } from '../errors';

/** The example from X's documentation, shown to the person as what to look for. */
export const EXAMPLE_CLIENT_ID = 'WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ';

const WHERE = "the OAuth 2.0 Client ID from your X app's \u201cKeys and tokens\u201d page";
const SHAPE = `X's Client IDs are about 34 letters and digits, like ${EXAMPLE_CLIENT_ID}`;
/** The encoded form: base64 (either alphabet), padding optional. */
const ENCODED = /^[A-Za-z0-9+/_-]{16,128}={0,2}$/;
/** What it decodes to: X's own id, a version number, and `ci` (client id). */
const DECODED = /^[A-Za-z0-9_-]{8,100}:\d{1,4}:ci$/;
/** App-only Bearer Tokens start with a run of A's (and are URL-encoded, with %). */
const BEARER = /^A{10,}|%[0-9A-F]{2}/;
/** OAuth 1.0a API Keys (consumer keys) are 25 letters and digits. */
const API_KEY = /^[A-Za-z0-9]{25}$/;

export type ClientIdCheck = { ok: true; clientId: string } | { ok: false; reason: string };

/** Checks the shape of a Client ID (trimmed); the reason reads after the field name. */
export function checkClientId(value: string): ClientIdCheck {
  const clientId = value.trim();
  if (clientId === SANDBOX_CLIENT_ID) return { ok: true, clientId };
  if (clientId === '') return { ok: false, reason: `is empty: paste ${WHERE}` };
  if (BEARER.test(clientId)) return { ok: false, reason: `looks like a Bearer Token, not a Client ID: paste ${WHERE}` };
  if (API_KEY.test(clientId)) return { ok: false, reason: `looks like an API Key (consumer key), not a Client ID: paste ${WHERE}. ${SHAPE}` };
  if (ENCODED.test(clientId) && DECODED.test(Buffer.from(clientId, 'base64').toString('latin1'))) return { ok: true, clientId };
  return { ok: false, reason: `is not an X Client ID: paste ${WHERE}. ${SHAPE}` };
}

/** The same check as a zod schema (trims; the issue's message is the reason). */
export const clientIdSchema = z.string().transform((value, ctx) => {
  const check = checkClientId(value);
  if (check.ok) return check.clientId;
  ctx.addIssue({ code: 'custom', message: check.reason });
  return z.NEVER;
});

/**
 * The Client ID, or an `invalid_input` AppError naming the field as core's dispatch does
 * ("Invalid input for <method>: clientId: <reason>"), so a form shows it next to the field.
 */
export function requireClientId(value: string, method: string): string {
  const check = checkClientId(value);
  if (!check.ok) throw new AppError('invalid_input', `Invalid input for ${method}: clientId: ${check.reason}`);
  return check.clientId;
}
