// Post text split into display segments (links, mentions, hashtags) with twitter-text's own
// entity rules, in the core: the renderer draws segments, never HTML.
import { twitterText } from '../text/twitter-text';
import type { ItemLink, TextSegment } from '../../../shared/columns';

interface Entity {
  indices: [number, number];
  url?: string;
  screenName?: string;
  hashtag?: string;
}

/**
 * `links` are the network's own link entities: a wrapped link (X's t.co) is shown as its display
 * form and leads to where it really goes, never through the wrapper.
 */
export function segmentText(text: string, links: readonly ItemLink[] = []): TextSegment[] {
  const wrapped = new Map(links.map((link) => [link.url, link]));
  const entities = twitterText().extractEntitiesWithIndices(text) as Entity[];
  // twitter-text counts UTF-16 code units (JavaScript string indices): slice directly.
  const segments: TextSegment[] = [];
  let at = 0;
  for (const entity of [...entities].sort((a, b) => a.indices[0] - b.indices[0])) {
    const [start, end] = entity.indices;
    if (start < at) continue;
    if (start > at) segments.push({ kind: 'text', text: text.slice(at, start) });
    const raw = text.slice(start, end);
    const link = entity.url !== undefined ? wrapped.get(raw) : undefined;
    if (link) segments.push({ kind: 'url', text: link.displayUrl, url: link.expandedUrl });
    else if (entity.url !== undefined) segments.push({ kind: 'url', text: raw, url: /^https?:\/\//i.test(entity.url) ? entity.url : `https://${entity.url}` });
    else if (entity.screenName !== undefined) segments.push({ kind: 'mention', text: raw, handle: entity.screenName });
    else if (entity.hashtag !== undefined) segments.push({ kind: 'hashtag', text: raw, tag: entity.hashtag });
    else segments.push({ kind: 'text', text: raw });
    at = end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

/** The handles a text mentions, lower-cased. */
export function mentionedHandles(text: string): string[] {
  return (twitterText().extractMentions(text) as string[]).map((handle) => handle.toLowerCase());
}
