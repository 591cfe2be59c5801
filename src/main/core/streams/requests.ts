// Which X requests the remote columns need. Columns that need the same request (same account,
// kind and query) share one: its answer feeds all of them. A search for one hashtag that another
// search of the same account already covers (a tweet chat's "#Tag OR conversation_id:…") rides on
// that one too, filtered locally: one request and one cost instead of two.
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnConfig } from '../../../shared/columns';
import { toCachedItem, type CachedItem } from '../columns/cached-item';
import type { TimelineItem, TimelineRequest } from '../providers/provider';

export interface RequestSpec {
  key: string;
  accountId: string;
  request: TimelineRequest;
  /** The endpoint template the rate budget counts ("GET /2/users/:id/mentions"). */
  endpoint: string;
  /** The price table's key for each item it returns. */
  billable: 'owned_read' | 'post_read';
  columnIds: string[];
  /** Columns that take only part of the answer: the hashtag they search for (see coveringSearch). */
  localHashtags?: Record<string, string>;
}

const HASHTAG_ONLY = /^#[\p{L}\p{N}_]+$/u;

/** A query's top-level OR terms; a query with groups or quotes is one term (not taken apart). */
function orTerms(query: string): string[] {
  if (/[()"]/.test(query)) return [query.trim()];
  return query.split(/\s+OR\s+/).map((term) => term.trim());
}

/** Whether a post carries the hashtag (any case, the whole tag). */
export function hasHashtag(text: string, hashtag: string): boolean {
  const tag = hashtag.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}_#])#${tag}(?![\\p{L}\\p{N}_])`, 'iu').test(text);
}

/** The items of an answer each column takes: all, or those with its hashtag. */
export function itemsFor<T extends { text: string }>(spec: Pick<RequestSpec, 'columnIds' | 'localHashtags'>, items: readonly T[]): Map<string, readonly T[]> {
  const byTag = new Map<string, readonly T[]>();
  return new Map(
    spec.columnIds.map((columnId) => {
      const tag = spec.localHashtags?.[columnId];
      if (!tag) return [columnId, items];
      const kept = byTag.get(tag) ?? items.filter((item) => hasHashtag(item.text, tag));
      byTag.set(tag, kept);
      return [columnId, kept];
    }),
  );
}

const ENDPOINTS: Record<TimelineRequest['kind'], string> = {
  home: 'GET /2/users/:id/timelines/reverse_chronological',
  mentions: 'GET /2/users/:id/mentions',
  activity: 'GET /2/users/reposts_of_me',
  user: 'GET /2/users/:id/tweets',
  search: 'GET /2/tweets/search/recent',
};

/**
 * A user column names a handle; the provider reads a user's posts by id. A connected account's
 * handle (or a numeric id) reads its timeline; any other handle is read as the search
 * `from:handle` (the provider has no user lookup).
 */
function userRequest(query: string, accounts: readonly AccountSummary[]): TimelineRequest {
  const handle = query.replace(/^@/, '');
  if (/^\d{1,19}$/.test(handle)) return { kind: 'user', userId: handle };
  const own = accounts.find((account) => account.handle.toLowerCase() === handle.toLowerCase());
  return own ? { kind: 'user', userId: own.userId } : { kind: 'search', query: `from:${handle}` };
}

/**
 * Only accounts that can be read as get requests: a column of an account that needs reconnecting
 * has none (its status says so), and gets them back, due at once, the moment it is reconnected.
 */
function requestsOf(column: ColumnConfig, accounts: readonly AccountSummary[]): { accountId: string; request: TimelineRequest }[] {
  const usable = accounts.filter((account) => account.status === 'active');
  if (column.kind === 'all_mentions') return usable.map((account) => ({ accountId: account.id, request: { kind: 'mentions' } }));
  if (!column.accountId || !usable.some((account) => account.id === column.accountId)) return [];
  switch (column.kind) {
    case 'home':
    case 'mentions':
    case 'activity':
      return column.accountId ? [{ accountId: column.accountId, request: { kind: column.kind } }] : [];
    case 'search':
      return column.accountId && column.query ? [{ accountId: column.accountId, request: { kind: 'search', query: column.query } }] : [];
    case 'user':
      return column.accountId && column.query ? [{ accountId: column.accountId, request: userRequest(column.query, accounts) }] : [];
    default:
      return [];
  }
}

/** The kinds X bills as owned reads (the account's own timelines and the activity on its posts). */
const OWNED_READS: readonly TimelineRequest['kind'][] = ['home', 'mentions', 'activity'];

/**
 * Whether an item a request brought belongs in its columns. X's mentions include other people's
 * reposts of the account's own posts (their text quotes the account's handle); those are activity
 * (the Activity column), not someone talking to the account.
 */
export function belongsInColumns(request: TimelineRequest, item: TimelineItem, ownUserId: string): boolean {
  if (request.kind !== 'mentions' || item.repostOfId === null) return true;
  const original = item.referenced.find((referenced) => referenced.id === item.repostOfId);
  return original?.author.id !== ownUserId;
}

/** What one answer gives each of these columns of the request: what belongs there, as cached items, split by hashtag. */
export function answerForColumns(spec: Pick<RequestSpec, 'request' | 'localHashtags'>, columnIds: string[], items: readonly TimelineItem[], ownUserId: string): Map<string, readonly CachedItem[]> {
  const cached = items.filter((item) => belongsInColumns(spec.request, item, ownUserId)).map(toCachedItem);
  return itemsFor({ ...spec, columnIds }, cached);
}

export const requestKey = (accountId: string, request: TimelineRequest): string =>
  `${accountId}|${request.kind}|${request.kind === 'search' ? request.query : request.kind === 'user' ? request.userId : ''}`;

export function planRequests(columns: readonly ColumnConfig[], accounts: readonly AccountSummary[]): RequestSpec[] {
  const specs = new Map<string, RequestSpec>();
  for (const column of columns) {
    for (const { accountId, request } of requestsOf(column, accounts)) {
      const key = requestKey(accountId, request);
      const spec = specs.get(key) ?? {
        key,
        accountId,
        request,
        endpoint: ENDPOINTS[request.kind],
        billable: OWNED_READS.includes(request.kind) ? 'owned_read' : 'post_read',
        columnIds: [],
      };
      spec.columnIds.push(column.id);
      specs.set(key, spec);
    }
  }
  // One hashtag's search folds into a search of the same account whose OR terms include it.
  const searches = [...specs.values()].filter((spec) => spec.request.kind === 'search');
  for (const narrow of searches) {
    if (narrow.request.kind !== 'search' || narrow.localHashtags || !HASHTAG_ONLY.test(narrow.request.query.trim())) continue;
    const tag = narrow.request.query.trim().toLowerCase();
    const wide = searches.find(
      (other) => other !== narrow && specs.has(other.key) && other.accountId === narrow.accountId && other.request.kind === 'search' && orTerms(other.request.query).some((term) => term.toLowerCase() === tag),
    );
    if (!wide) continue;
    wide.columnIds.push(...narrow.columnIds);
    wide.localHashtags = { ...wide.localHashtags, ...Object.fromEntries(narrow.columnIds.map((id) => [id, tag])) };
    specs.delete(narrow.key);
  }
  return [...specs.values()];
}

export const isRemote = (column: ColumnConfig): boolean => ['home', 'mentions', 'activity', 'search', 'user', 'all_mentions'].includes(column.kind);
