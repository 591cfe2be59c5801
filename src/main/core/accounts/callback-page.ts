// What the browser tab shows after X sends it back to Columns: one sentence, no scripts.
export interface CallbackPage {
  status: number;
  title: string;
  message: string;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export const CALLBACK_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function renderCallbackPage({ title, message }: CallbackPage): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)} – Columns</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f5f8fa;color:#0f1419}main{max-width:32rem;margin:3rem auto;background:#fff;padding:1.5rem 2rem;border-radius:12px;box-shadow:0 1px 3px #0002}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p>You can close this tab and go back to Columns.</p></main></body></html>`;
}
