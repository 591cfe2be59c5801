// Timelines: a user's posts, a user's mentions, the caller's home timeline, and the reposts of the
// caller's posts. Which posts each
// holds is reading/timeline-page.ts; this file is the HTTP face: parameters, 400s, metering.
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context';
import { requireSelf, type Caller } from '../http/auth';
import { invalidRequest } from '../http/problems';
import { registerXRoute } from '../http/x-route';
import type { Snowflake } from '../model';
import { parsePathId } from '../posting/lookup-input';
import { notFoundError, notOneOfProblem, parseFieldSelection, renderPostPage, type ParameterProblem, type QueryValues } from '../render';
import { meterPostReads } from '../reading/metering';
import { queryValue, readPageParams, type PageLimits } from '../reading/page-params';
import { EXCLUSIONS, homeSource, mentionsSource, readTimelinePage, repostsOfMeSource, userPostsSource, type Exclusion, type TimelineSource } from '../reading/timeline-page';
import { normaliseId } from '../store/ids';

const READ_SCOPES = ['tweet.read', 'users.read'] as const;
/** X's OpenAPI (getUsersRepostsOfMe): OAuth2UserToken with timeline.read and tweet.read. */
const REPOSTS_OF_ME_SCOPES = ['timeline.read', 'tweet.read'] as const;

/** What every timeline takes besides its page token; reposts_of_me takes only max_results and the token. */
const FIELD_PARAMS = ['expansions', 'tweet.fields', 'post.fields', 'user.fields', 'media.fields', 'poll.fields', 'place.fields'];

/** X's documented floor for start_time on timelines. */
const TIMELINE_EPOCH_MS = Date.parse('2010-11-06T00:00:00Z');

interface TimelineSpec {
  url: string;
  scopes: readonly string[];
  limits: Omit<PageLimits, 'earliestStartMs'>;
  /** Only the caller's own (home timeline): another :id is X's 403. */
  selfOnly: boolean;
  /** Takes exclude=replies,retweets (mentions does not). */
  takesExclude: boolean;
  /** Takes since_id, until_id, start_time and end_time (reposts_of_me does not). */
  takesBounds: boolean;
  source(userId: Snowflake, exclude: ReadonlySet<Exclusion>): TimelineSource;
  /** Whether the caller reading this timeline is an owned read as a whole. */
  owned(caller: Caller, userId: Snowflake): boolean;
}

const TIMELINES: readonly TimelineSpec[] = [
  {
    url: '/2/users/:id/tweets',
    scopes: READ_SCOPES,
    limits: { min: 5, max: 100, fallback: 10 },
    selfOnly: false,
    takesExclude: true,
    takesBounds: true,
    source: userPostsSource,
    owned: (caller, userId) => caller.user.id === userId,
  },
  {
    url: '/2/users/:id/mentions',
    scopes: READ_SCOPES,
    limits: { min: 5, max: 100, fallback: 10 },
    selfOnly: false,
    takesExclude: false,
    takesBounds: true,
    source: (userId) => mentionsSource(userId),
    owned: (caller, userId) => caller.user.id === userId,
  },
  {
    // docs.x.com: max_results 1–100, default 100.
    url: '/2/users/:id/timelines/reverse_chronological',
    scopes: READ_SCOPES,
    limits: { min: 1, max: 100, fallback: 100 },
    selfOnly: true,
    takesExclude: true,
    takesBounds: true,
    source: homeSource,
    owned: () => false,
  },
  {
    // X's OpenAPI: no :id (always the caller), max_results 1–100 default 100, pagination_token only.
    url: '/2/users/reposts_of_me',
    scopes: REPOSTS_OF_ME_SCOPES,
    limits: { min: 1, max: 100, fallback: 100 },
    selfOnly: true,
    takesExclude: false,
    takesBounds: false,
    source: (userId) => repostsOfMeSource(userId),
    // Reposts of the caller's own posts: activity on what they own.
    owned: () => true,
  },
];

export function registerTimelineRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { world } = ctx;
  for (const spec of TIMELINES) {
    registerXRoute(app, ctx, {
      method: 'GET',
      url: spec.url,
      scopes: spec.scopes,
      handler(call) {
        const rawId = spec.url.includes(':id') ? parsePathId(call.params['id']) : call.caller.user.id;
        if (spec.selfOnly) requireSelf(call.caller, rawId);
        const userId = normaliseId(rawId) ?? rawId;
        const query = (call.query ?? {}) as QueryValues;

        const problems: ParameterProblem[] = [];
        const fields = parseFieldSelection(query, 'posts');
        if (!fields.ok) problems.push(...fields.error.errors);
        if (!spec.takesBounds) problems.push(...unknownParameters(query, ['max_results', 'pagination_token', ...FIELD_PARAMS]));
        const exclude = spec.takesExclude ? readExclude(query, problems) : new Set<Exclusion>();
        const source = spec.source(userId, exclude);
        const page = readPageParams(query, { ...spec.limits, earliestStartMs: TIMELINE_EPOCH_MS }, ['pagination_token'], source.scope, problems);
        if (problems.length > 0 || !fields.ok) throw invalidRequest(problems);

        // An unknown user is a 200 carrying only a partial "Not Found Error", as X's lookups answer.
        if (!world.users.get(userId)) return { errors: [notFoundError('user', 'id', rawId)] };
        const result = readTimelinePage(world.posts, source, page);
        meterPostReads(call, result.posts, spec.owned(call.caller, userId));
        return renderPostPage(result.posts, fields.value, world.lookup, { next: result.next, previous: result.previous });
      },
    });
  }
}

/** exclude=replies,retweets: X's 400 lists the accepted values for anything else. */
function readExclude(query: QueryValues, problems: ParameterProblem[]): Set<Exclusion> {
  const exclude = new Set<Exclusion>();
  const raw = queryValue(query, 'exclude');
  if (raw === undefined) return exclude;
  for (const value of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
    if ((EXCLUSIONS as readonly string[]).includes(value)) exclude.add(value as Exclusion);
    else problems.push(notOneOfProblem('exclude', value, EXCLUSIONS));
  }
  return exclude;
}

/**
 * A parameter the endpoint does not take is X's 400 (unverified wording: X names the parameter and
 * lists the accepted ones). Only the timelines without time bounds check, so a client that sends
 * since_id to reposts_of_me learns it here rather than from X.
 */
function unknownParameters(query: QueryValues, accepted: readonly string[]): ParameterProblem[] {
  return Object.keys(query)
    .filter((name) => !accepted.includes(name))
    .map((name) => ({
      parameters: { [name]: [queryValue(query, name) ?? ''] },
      message: `The query parameter [${name}] is not one of [${[...accepted].sort().join(',')}]`,
    }));
}
