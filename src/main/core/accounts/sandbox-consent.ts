// Plays the person at the sandbox's authorize page (training mode has nobody to click "Approve"
// for the practice accounts): fetch the page through the endpoint's agent, choose the account,
// submit the decision, and take the redirect the sandbox answers with. The sandbox's page is plain
// HTML (src/main/sandbox/oauth/authorize-page.ts): hidden inputs, one radio per account.
import { httpsText } from '../net/https-text';
import type { Agent } from 'node:https';

export type ConsentDecision = 'approve' | 'deny';

const unescapeHtml = (text: string): string => text.replace(/&#(\d+);/g, (_match, code: string) => String.fromCharCode(Number(code)));

/** The form's hidden fields and the user id offered for each @handle. */
export function parseConsentForm(html: string): { fields: Record<string, string>; userIds: Record<string, string> } {
  const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1] ?? '', unescapeHtml(m[2] ?? '')]));
  const radios = [...html.matchAll(/<input type="radio" name="user_id" value="(\d+)" required>[^<]*<strong>@(\w+)<\/strong>/g)];
  return { fields, userIds: Object.fromEntries(radios.map((m) => [(m[2] ?? '').toLowerCase(), m[1] ?? ''])) };
}

/** Answers the authorize page as @username; returns where the sandbox sends the browser next. */
export async function answerSandboxConsent(agent: Agent | undefined, authorizeUrl: string, username: string, decision: ConsentDecision = 'approve'): Promise<string> {
  const page = await httpsText(authorizeUrl, { agent });
  if (page.status !== 200) throw new Error(`the sandbox's sign-in page answered ${page.status}`);
  const { fields, userIds } = parseConsentForm(page.text);
  const userId = userIds[username.toLowerCase()];
  if (userId === undefined) throw new Error(`the sandbox offers no account @${username}`);
  const answer = await httpsText(new URL('/i/oauth2/authorize', authorizeUrl).href, {
    agent,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, user_id: userId, decision }).toString(),
  });
  if (answer.status !== 302 || !answer.location) throw new Error(`the sandbox answered the consent with ${answer.status}`);
  return answer.location;
}

/** Follows the sandbox's redirect to Columns' own loopback callback, as the browser would. */
export async function followToLoopback(location: string): Promise<number> {
  const url = new URL(location);
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1') throw new Error('the sign-in redirect does not lead back to this computer');
  const response = await fetch(url, { redirect: 'manual' });
  await response.text();
  return response.status;
}
