// Entities (hashtags, cashtags, @mentions, URLs) found with twitter-text, the library X's own
// clients use, so what the sandbox links is what X would link. twitter-text reports UTF-16 offsets;
// X sends code-point offsets (an emoji counts 1), so every offset is converted.
import twitterText from 'twitter-text';
import type { SandboxUser } from '../model';
import type { XMentionEntity, XPostEntities, XSpan, XTagEntity, XUrlEntity, XUserEntities } from './wire';

// A type alias, not an interface, so it fits withoutEmpty's Record constraint.
type TextEntities = {
  hashtags: XTagEntity[];
  cashtags: XTagEntity[];
  mentions: (XSpan & { username: string })[];
  urls: XUrlEntity[];
};

/** Longer display URLs are cut and end in "…", as X cuts them for display. */
const DISPLAY_URL_MAX = 32;

export function extractTextEntities(text: string): TextEntities {
  const found: TextEntities = { hashtags: [], cashtags: [], mentions: [], urls: [] };
  // extractEntitiesWithIndices drops overlaps (a #tag inside a URL is not a hashtag), as X does.
  for (const entity of twitterText.extractEntitiesWithIndices(text)) {
    const [start16, end16] = entity.indices;
    const start = codePointOffset(text, start16);
    if ('hashtag' in entity) {
      found.hashtags.push({ start, end: codePointOffset(text, end16), tag: entity.hashtag });
    } else if ('cashtag' in entity) {
      found.cashtags.push({ start, end: codePointOffset(text, end16), tag: entity.cashtag });
    } else if ('screenName' in entity) {
      // "@user/list" also matches; the mention is the "@user" part.
      const end = codePointOffset(text, start16 + 1 + entity.screenName.length);
      found.mentions.push({ start, end, username: entity.screenName });
    } else if ('url' in entity) {
      found.urls.push(urlEntity({ start, end: codePointOffset(text, end16) }, entity.url));
    }
  }
  return found;
}

/**
 * A post's entities. Mentions carry the user id, so a mention of a username nobody has is left out
 * (X links only accounts that exist). undefined when there is nothing: X then omits `entities`.
 */
export function postEntities(text: string, userByUsername: (username: string) => SandboxUser | undefined): XPostEntities | undefined {
  const found = extractTextEntities(text);
  const mentions: XMentionEntity[] = [];
  for (const mention of found.mentions) {
    const user = userByUsername(mention.username);
    if (user) mentions.push({ ...mention, id: user.id });
  }
  return withoutEmpty({ hashtags: found.hashtags, cashtags: found.cashtags, mentions, urls: found.urls });
}

/** A profile's entities: its bio (mentions unresolved, as X sends them) and its website. */
export function userEntities(description: string, url: string | null): XUserEntities | undefined {
  const entities: XUserEntities = {};
  const bio = withoutEmpty(extractTextEntities(description));
  if (bio) entities.description = bio;
  if (url) entities.url = { urls: [urlEntity({ start: 0, end: codePointOffset(url, url.length) }, url)] };
  return entities.description || entities.url ? entities : undefined;
}

/**
 * The sandbox does not wrap links in t.co, so `url` is the text as written (text[start:end] still
 * equals it, as with X's t.co links); expanded_url gains the scheme X adds to bare domains.
 */
function urlEntity(span: XSpan, written: string): XUrlEntity {
  const expanded = SCHEME.test(written) ? written : `http://${written}`;
  const bare = expanded.replace(SCHEME, '').replace(/^www\./i, '');
  const display = bare.length > DISPLAY_URL_MAX ? `${bare.slice(0, DISPLAY_URL_MAX)}…` : bare;
  return { ...span, url: written, expanded_url: expanded, display_url: display };
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Code points before a UTF-16 offset; the string iterator walks code points. */
function codePointOffset(text: string, utf16Offset: number): number {
  return [...text.slice(0, utf16Offset)].length;
}

function withoutEmpty<T extends Record<string, unknown[]>>(lists: T): Partial<T> | undefined {
  const kept: Partial<T> = {};
  for (const key of Object.keys(lists) as (keyof T)[]) {
    const list = lists[key];
    if (list && list.length > 0) kept[key] = list;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}
