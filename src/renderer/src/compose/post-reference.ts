// Reply-to and quote fields accept what people paste: a post's address on x.com or twitter.com
// (with or without www/mobile, query or trailing path) or the bare numeric id.
const POST_ID = /^\d{1,19}$/;
const POST_URL = /^(?:https?:\/\/)?(?:www\.|mobile\.)?(?:x|twitter)\.com\/(?:[A-Za-z0-9_]{1,15}|i\/web|i)\/status(?:es)?\/(\d{1,19})(?:[/?#].*)?$/i;

export type PostReference = { kind: 'empty' } | { kind: 'id'; id: string } | { kind: 'invalid'; message: string };

export function parsePostReference(raw: string): PostReference {
  const value = raw.trim();
  if (value === '') return { kind: 'empty' };
  if (POST_ID.test(value)) return { kind: 'id', id: value };
  const match = POST_URL.exec(value);
  if (match?.[1]) return { kind: 'id', id: match[1] };
  return { kind: 'invalid', message: 'Paste the address of a post on X (x.com/…/status/…) or its number.' };
}

/** The id to send, or null for an empty or unusable field. */
export function postIdOf(raw: string): string | null {
  const reference = parsePostReference(raw);
  return reference.kind === 'id' ? reference.id : null;
}
