// GET /2/tweets?ids= (getPostsByIds): up to 100 posts in one request. X answers 200 with the posts
// it still has in `data` (no `data` key when it has none) and, for each id it cannot find (deleted
// by its author, or never existed), a partial error of its Problem schema:
//   {"value":"123","detail":"Could not find tweet with ids: [123].","title":"Not Found Error",
//    "resource_type":"tweet","parameter":"ids","resource_id":"123",
//    "type":"https://api.twitter.com/2/problems/resource-not-found"}
// Live X names the problem types under api.twitter.com, the 2.167 OpenAPI spec under api.x.com, so
// only the path is compared. Other problems (not-authorized-for-resource: a protected account) do
// not mean the post is gone, and errors about an expansion (parameter "referenced_tweets.id"…) are
// about another post.
import { MAX_POST_LOOKUP_IDS, ProviderError, type PostLookup } from '../provider';
import { TIMELINE_FIELDS, toTimelinePage } from './timeline-mapping';
import type { XPartialError, XTimelinePage } from './wire';

export const LOOKUP_ENDPOINT = 'GET /2/tweets';

/** The query of one lookup; refuses what X would answer with a 400. */
export function lookupQuery(ids: readonly string[]): Record<string, string> {
  if (ids.length === 0 || ids.length > MAX_POST_LOOKUP_IDS) {
    throw new ProviderError('server', `ids: a post lookup takes 1 to ${MAX_POST_LOOKUP_IDS} ids, not ${ids.length}.`, { endpoint: LOOKUP_ENDPOINT });
  }
  return { ids: ids.join(','), ...TIMELINE_FIELDS };
}

const isNotFound = (error: XPartialError): boolean =>
  (error.type ?? '').endsWith('/2/problems/resource-not-found') && error.resource_type === 'tweet' && error.parameter === 'ids';

/** The posts found, and the asked ids X says it could not find. */
export function toPostLookup(answer: XTimelinePage, asked: readonly string[]): PostLookup {
  const wanted = new Set(asked);
  const notFound = (answer.errors ?? []).filter(isNotFound).flatMap((error) => {
    const id = error.resource_id ?? error.value;
    return id !== undefined && wanted.has(id) ? [id] : [];
  });
  return { items: toTimelinePage(answer).items, notFound: [...new Set(notFound)] };
}
