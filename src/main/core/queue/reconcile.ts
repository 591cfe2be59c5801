// "Did this part already go out?" — asked before any resend of a post whose last attempt may have
// reached X (a crash while `sending`, a timeout, a reset, a 5xx) and when X answers a 403
// duplicate. The answer comes from the account's own recent posts: same text (as X returns it:
// entities escaped, links shortened) posted since the first claim, less some clock skew, and not
// already recorded as another part's id.
import type { Provider, TimelineItem } from '../providers/provider';

/** X's clock and ours may differ; a post "created before we claimed it" within this is still ours. */
export const CLOCK_SKEW_MS = 20 * 60_000;
/** How far back through the account's posts to look (pages of 100). */
const MAX_PAGES = 5;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** X escapes &, < and > and replaces links with t.co ones: compare with both undone. */
export function comparableText(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/https?:\/\/\S+/g, '<link>')
    .normalize('NFC')
    .trim();
}

export interface PartToFind {
  text: string;
  /** The post it must reply to (the previous part, or the post's reply target), if any. */
  replyToId: string | null;
}

/** The X id of the post matching `part`, or null when none of the recent posts is it. */
export async function findPublished(
  provider: Provider,
  userId: string,
  part: PartToFind,
  sinceIso: string,
  isKnown: (remoteId: string) => boolean,
): Promise<string | null> {
  const since = Date.parse(sinceIso) - CLOCK_SKEW_MS;
  const wanted = comparableText(part.text);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await provider.timeline({ kind: 'user', userId }, { maxResults: 100, ...(cursor ? { cursor } : {}) });
    // Newest first: the oldest match is the first one that went out.
    const match = result.items.filter((item) => matches(item, wanted, part.replyToId, since, isKnown)).at(-1);
    if (match) return match.id;
    const oldest = result.items.at(-1);
    if (!result.nextCursor || !oldest || Date.parse(oldest.createdAt) < since) return null;
    cursor = result.nextCursor;
  }
  return null;
}

function matches(item: TimelineItem, wanted: string, replyToId: string | null, since: number, isKnown: (id: string) => boolean): boolean {
  if (item.repostOfId !== null) return false;
  if (Date.parse(item.createdAt) < since) return false;
  if (comparableText(item.text) !== wanted) return false;
  if (replyToId !== null && item.replyToId !== replyToId) return false;
  return !isKnown(item.id);
}
