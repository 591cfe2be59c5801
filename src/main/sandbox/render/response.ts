// Whole response bodies: data, includes, partial errors and, for lists, meta. The routes pick the
// records (and answer 400s from parseFieldSelection); these functions only shape the JSON.
import type { SandboxPost, SandboxUser, Snowflake } from '../model';
import { expandPosts, expandUsers } from './expand';
import type { FieldSelection } from './fields';
import { IncludesCollector } from './includes';
import type { RenderLookup } from './lookup';
import { renderPost } from './post';
import { notFoundError, type PartialError } from './problems';
import { renderUser } from './user';
import type { XListResponse, XPage, XPost, XPostListMeta, XSingleResponse, XUser, XUserListMeta } from './wire';

export interface PageTokens {
  next?: string | undefined;
  previous?: string | undefined;
}

/** Posts as `data`, plus what the expansions pull in. No `data` key when there are no posts. */
export function renderPosts(posts: readonly SandboxPost[], selection: FieldSelection, lookup: RenderLookup): XListResponse<XPost> {
  return listBody(postsParts(posts, selection, lookup, []));
}

/** GET /2/tweets/:id: `data` is one object, not a list. */
export function renderSinglePost(post: SandboxPost, selection: FieldSelection, lookup: RenderLookup): XSingleResponse<XPost> {
  const { data, extras } = postsParts([post], selection, lookup, []);
  // data[0] is always there; the fallback only satisfies noUncheckedIndexedAccess.
  return { data: data[0] ?? renderPost(post, selection, lookup), ...extras };
}

/**
 * GET /2/tweets?ids=… (parameter "ids") or a missing GET /2/tweets/:id (parameter "id"): found
 * posts in the order asked, and a "Could not find tweet with ids: [x]." error for each id that is not.
 */
export function renderPostsByIds(ids: readonly Snowflake[], selection: FieldSelection, lookup: RenderLookup, parameter: 'ids' | 'id' = 'ids'): XListResponse<XPost> {
  const found: SandboxPost[] = [];
  const missing: PartialError[] = [];
  for (const id of ids) {
    const post = lookup.post(id);
    if (post) found.push(post);
    else missing.push(notFoundError('tweet', parameter, id));
  }
  return listBody(postsParts(found, selection, lookup, missing));
}

/** A timeline or search page. An empty page is exactly {"meta":{"result_count":0}} (plus any tokens given). */
export function renderPostPage(posts: readonly SandboxPost[], selection: FieldSelection, lookup: RenderLookup, tokens: PageTokens = {}): XPage<XPost, XPostListMeta> {
  return { ...renderPosts(posts, selection, lookup), meta: renderListMeta(posts, tokens.next, tokens.previous) };
}

/** X's list meta: newest_id/oldest_id are the page's extremes, which twitter-api-v2 uses for since_id/until_id. */
export function renderListMeta(pagePosts: readonly Pick<SandboxPost, 'id'>[], nextToken?: string, previousToken?: string): XPostListMeta {
  const meta: XPostListMeta = { result_count: pagePosts.length };
  const ids = pagePosts.map((post) => post.id).sort(compareSnowflakes);
  const oldest = ids[0];
  const newest = ids[ids.length - 1];
  if (newest !== undefined) meta.newest_id = newest;
  if (oldest !== undefined) meta.oldest_id = oldest;
  if (nextToken) meta.next_token = nextToken;
  if (previousToken) meta.previous_token = previousToken;
  return meta;
}

export function renderUsers(users: readonly SandboxUser[], selection: FieldSelection, lookup: RenderLookup): XListResponse<XUser> {
  return listBody(usersParts(users, selection, lookup, []));
}

/** GET /2/users/me, /2/users/:id, /2/users/by/username/:username. */
export function renderSingleUser(user: SandboxUser, selection: FieldSelection, lookup: RenderLookup): XSingleResponse<XUser> {
  const { data, extras } = usersParts([user], selection, lookup, []);
  // data[0] is always there; the fallback only satisfies noUncheckedIndexedAccess.
  return { data: data[0] ?? renderUser(user, selection, lookup), ...extras };
}

/** GET /2/users?ids=… or /2/users/by?usernames=…: "Could not find user with usernames: [x]." for each miss. */
export function renderUsersByKeys(keys: readonly string[], selection: FieldSelection, lookup: RenderLookup, parameter: 'ids' | 'id' | 'usernames' | 'username'): XListResponse<XUser> {
  const byUsername = parameter === 'usernames' || parameter === 'username';
  const found: SandboxUser[] = [];
  const missing: PartialError[] = [];
  for (const key of keys) {
    const user = byUsername ? lookup.userByUsername(key) : lookup.user(key);
    if (user) found.push(user);
    else missing.push(notFoundError('user', parameter, key));
  }
  return listBody(usersParts(found, selection, lookup, missing));
}

/** Followers, following, muting, liking users: X's user-list meta has counts and tokens, no ids. */
export function renderUserPage(users: readonly SandboxUser[], selection: FieldSelection, lookup: RenderLookup, tokens: PageTokens = {}): XPage<XUser, XUserListMeta> {
  const meta: XUserListMeta = { result_count: users.length };
  if (tokens.next) meta.next_token = tokens.next;
  if (tokens.previous) meta.previous_token = tokens.previous;
  return { ...renderUsers(users, selection, lookup), meta };
}

interface Parts<T> {
  data: T[];
  extras: Omit<XListResponse<T>, 'data'>;
}

function postsParts(posts: readonly SandboxPost[], selection: FieldSelection, lookup: RenderLookup, lookupErrors: PartialError[]): Parts<XPost> {
  const collector = new IncludesCollector(selection, lookup);
  const data = posts.map((post) => renderPost(post, selection, lookup));
  expandPosts(posts, selection, lookup, collector);
  return { data, extras: extras(collector, lookupErrors) };
}

function usersParts(users: readonly SandboxUser[], selection: FieldSelection, lookup: RenderLookup, lookupErrors: PartialError[]): Parts<XUser> {
  const collector = new IncludesCollector(selection, lookup);
  const data = users.map((user) => renderUser(user, selection, lookup));
  expandUsers(users, selection, lookup, collector);
  return { data, extras: extras(collector, lookupErrors) };
}

/** Lookup misses come first, then expansion misses; each key is left out when it would be empty. */
function extras(collector: IncludesCollector, lookupErrors: PartialError[]): Omit<XListResponse<never>, 'data'> {
  const out: Omit<XListResponse<never>, 'data'> = {};
  const includes = collector.includes;
  if (includes) out.includes = includes;
  const errors = [...lookupErrors, ...(collector.errors ?? [])];
  if (errors.length > 0) out.errors = errors;
  return out;
}

function listBody<T>({ data, extras }: Parts<T>): XListResponse<T> {
  return data.length > 0 ? { data, ...extras } : { ...extras };
}

/** Snowflakes are decimal strings that may differ in length; compare them as numbers. */
function compareSnowflakes(a: Snowflake, b: Snowflake): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
