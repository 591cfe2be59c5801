// The authorize page as plain HTML: no scripts, no external resources, a strict CSP of its own.
// Trainees pick which sandbox account the app will act as (their organisation's accounts first,
// then the simulated community) and see in plain English what each requested scope allows.
import type { SandboxUser, SandboxUserKind } from '../model';
import { AUTHORIZE_PARAMS, type AuthorizeRequest } from './authorize-request';
import { X_SCOPES } from './scopes';

/**
 * The page's CSP. Browsers (Chrome) also apply form-action to the redirect that answers the form,
 * so the client's loopback origin is allowed next to 'self'; CSP has no syntax for an IPv6
 * literal, so [::1] clients fall back to any http: target (the page itself still runs no code).
 */
export function authorizePageCsp(redirectUri?: string): string {
  let formAction = "'self'";
  if (redirectUri) formAction += redirectUri.startsWith('http://[') ? ' http:' : ` ${new URL(redirectUri).origin}`;
  return `default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f5f8fa;color:#0f1419}
main{max-width:34rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:12px;box-shadow:0 1px 3px #0002}
fieldset{border:1px solid #cfd9de;border-radius:8px;margin:0 0 1rem}label{display:block;padding:.25rem 0}
.kind{color:#536471;font-size:.9em}.note{background:#fff8e1;padding:.5rem .75rem;border-radius:6px}
.notice{background:#fdecea;padding:.5rem .75rem;border-radius:6px}code{overflow-wrap:anywhere}
button{font:inherit;padding:.5rem 1.25rem;border-radius:999px;border:1px solid #0f1419;margin-right:.5rem;cursor:pointer}
button[value=approve]{background:#0f1419;color:#fff}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

const KIND_LABEL: Record<SandboxUserKind, string> = { corporate: 'organisation account', personal: 'personal account', community: 'community member' };
const KIND_ORDER: Record<SandboxUserKind, number> = { corporate: 0, personal: 1, community: 2 };

function accountChoice(user: SandboxUser): string {
  return `<label><input type="radio" name="user_id" value="${escapeHtml(user.id)}" required> ${escapeHtml(user.name)} <strong>@${escapeHtml(user.username)}</strong> <span class="kind">${KIND_LABEL[user.kind]}</span></label>`;
}

function accountGroup(legend: string, users: readonly SandboxUser[]): string {
  return users.length === 0 ? '' : `<fieldset><legend>${legend}</legend>${users.map(accountChoice).join('\n')}</fieldset>`;
}

export interface ConsentPageInput {
  request: AuthorizeRequest;
  nonce: string;
  users: readonly SandboxUser[];
  /** Shown above the form when the page is shown again (no account chosen). */
  notice?: string;
}

export function renderConsentPage({ request, nonce, users, notice }: ConsentPageInput): string {
  const sorted = [...users].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.username.localeCompare(b.username));
  const hidden = [
    ['nonce', nonce] as const,
    ...AUTHORIZE_PARAMS.map((name) => [name, request.params[name]] as const),
  ].map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`);
  const scopes = request.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code>: ${escapeHtml(X_SCOPES[scope] ?? '')}</li>`);
  return page(
    'Authorize an app – X sandbox',
    `<h1>Let “${escapeHtml(request.clientId)}” use a sandbox account?</h1>
<p class="note">This is the Columns X <strong>sandbox</strong>, a practice copy of X. Nothing you do here is posted to the real X.</p>
${notice ? `<p class="notice" role="alert">${escapeHtml(notice)}</p>` : ''}
<form method="post" action="/i/oauth2/authorize">
${hidden.join('\n')}
<h2>Which account should it act as?</h2>
${accountGroup('Your organisation and personal accounts', sorted.filter((user) => user.kind !== 'community'))}
${accountGroup('Simulated community members', sorted.filter((user) => user.kind === 'community'))}
<h2>It will be able to</h2>
<ul>${scopes.join('\n')}</ul>
<p>Afterwards you will be sent back to <code>${escapeHtml(request.redirectUri)}</code>.</p>
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny" formnovalidate>Deny</button>
</form>`,
  );
}

export function renderErrorPage(message: string): string {
  return page(
    'Cannot sign in – X sandbox',
    `<h1>Something went wrong</h1>
<p class="notice" role="alert">${escapeHtml(message)}</p>
<p>Close this window and start signing in again from the app.</p>`,
  );
}

/** X's own words on its authorize page for an unknown client or an unregistered callback URL. */
export const X_REFUSAL_TITLE = 'Something went wrong';
export const X_REFUSAL_TEXT = 'You weren\u2019t able to give access to the App. Go back and try logging in again.';

/**
 * What X shows for a client_id it does not know or a redirect_uri the app did not register: the
 * same page for both, with no way back to the app (sources in core/accounts/client-id.ts). The
 * sandbox adds, below X's words, which of the two it was, for trainees and developers.
 */
export function renderRefusalPage(detail: string): string {
  return page(
    `${X_REFUSAL_TITLE} – X sandbox`,
    `<h1>${X_REFUSAL_TITLE}</h1>
<p class="notice" role="alert">${escapeHtml(X_REFUSAL_TEXT)}</p>
<p class="kind">Sandbox: ${escapeHtml(detail)}</p>`,
  );
}
