// GET /2/tweets/search/recent: X's query language (search/), recent search's parameter rules
// (reading/search-params.ts) and the newest-first scan (reading/search-scan.ts).
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context';
import { invalidRequest } from '../http/problems';
import { registerXRoute } from '../http/x-route';
import { parseFieldSelection, renderPostPage, type ParameterProblem, type QueryValues } from '../render';
import { meterPostReads } from '../reading/metering';
import { readSearchParams } from '../reading/search-params';
import { scanRecent } from '../reading/search-scan';

const READ_SCOPES = ['tweet.read', 'users.read'] as const;

export function registerSearchRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { world } = ctx;
  registerXRoute(app, ctx, {
    method: 'GET',
    url: '/2/tweets/search/recent',
    scopes: READ_SCOPES,
    handler(call) {
      const query = (call.query ?? {}) as QueryValues;
      const problems: ParameterProblem[] = [];
      const fields = parseFieldSelection(query, 'posts');
      if (!fields.ok) problems.push(...fields.error.errors);
      const params = readSearchParams(query, world.clock.nowMs(), problems);
      if (problems.length > 0 || !params || !fields.ok) throw invalidRequest(problems);

      // sort_order=relevancy is accepted and answered in recency order: the sandbox has no ranking.
      const result = scanRecent(world, params);
      meterPostReads(call, result.posts, false);
      return renderPostPage(result.posts, fields.value, world.lookup, { next: result.next });
    },
  });
}
