// X's error bodies as tests meet them: awaiting an ApiResponseError from the unmodified client,
// X's invalid-request and forbidden shapes, and raw requests as a sandbox user for bodies no
// library sends.
import { ApiResponseError } from 'twitter-api-v2';
import { ALL_SCOPES, type RawResponse, type SandboxFixture } from './sandbox';

export const INVALID_REQUEST = {
  title: 'Invalid Request',
  detail: 'One or more parameters to your request was invalid.',
  type: 'https://api.twitter.com/2/problems/invalid-request',
} as const;

export function forbiddenBody(detail: string): Record<string, unknown> {
  return { detail, type: 'about:blank', title: 'Forbidden', status: 403 };
}

export interface XParameterProblem {
  parameters?: Record<string, string[]>;
  message?: string;
  [key: string]: unknown;
}

/** An ApiResponseError seen through X's v2 body shapes (the library types `errors` as v1-or-v2 unions). */
export interface XFailure {
  code: number;
  data: { detail?: string; errors?: XParameterProblem[]; [key: string]: unknown };
}

/** The ApiResponseError a call must end in (anything else fails the test). */
export async function failure(promise: Promise<unknown>): Promise<XFailure> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiResponseError)) throw new Error(`expected an ApiResponseError, got ${String(error)}`);
  return { code: error.code, data: error.data as XFailure['data'] };
}

/** A request as @username (all scopes) with a body and content type of the test's choosing. */
export function rawAs(
  fixture: SandboxFixture,
  username: string,
  method: string,
  path: string,
  body?: string,
  contentType = 'application/json',
): Promise<RawResponse> {
  const { accessToken } = fixture.server.issueTokens(username, ALL_SCOPES);
  const headers: Record<string, string> = { authorization: `Bearer ${accessToken}` };
  if (body !== undefined) headers['content-type'] = contentType;
  return fixture.raw(method, path, { headers, body });
}

export function userIdOf(fixture: SandboxFixture, username: string): string {
  const user = fixture.server.world.users.byUsername(username);
  if (!user) throw new Error(`no @${username}`);
  return user.id;
}

/** Distinct texts, so tests sharing one sandbox never trip the duplicate rule by accident. */
export function textFactory(): (text: string) => string {
  let counter = 0;
  return (text) => `${text} #${(counter += 1)}`;
}
