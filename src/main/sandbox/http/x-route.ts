// One X API endpoint: bearer auth, the per-user rate limit (headers on every answer), scopes,
// the pay-per-use credit check, then the handler. Handlers return the JSON body and meter what
// they served; everything they throw as XProblem becomes X's status and body.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../context';
import { PRICES_MICROS, type BillableItem } from '../plans';
import { authenticate, requireScopes, type Caller } from './auth';
import { creditsDepleted } from './problems';
import { rateLimitHeaders } from './rate-limits';

export type XMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface XCall {
  caller: Caller;
  params: Readonly<Record<string, string>>;
  query: unknown;
  body: unknown;
  request: FastifyRequest;
  reply: FastifyReply;
  /** Bills `units` of an item to the caller (pay-per-use only; free on enterprise). */
  meter(item: BillableItem, units?: number): void;
}

export interface XRouteSpec {
  method: XMethod;
  url: string;
  scopes: readonly string[];
  /** Status of a successful answer; 200 unless the endpoint creates (201). */
  status?: number;
  handler(call: XCall): unknown;
}

export function endpointKey(method: string, url: string): string {
  return `${method} ${url}`;
}

export function registerXRoute(app: FastifyInstance, ctx: SandboxContext, spec: XRouteSpec): void {
  const endpoint = endpointKey(spec.method, spec.url);
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (request, reply) => {
      const caller = authenticate(ctx.world, request.headers.authorization);
      reply.headers(rateLimitHeaders(ctx.limiter.consume(caller.user.id, endpoint)));
      requireScopes(caller, spec.scopes);
      if (ctx.rules.metered && ctx.world.usage.balanceMicros() <= 0) throw creditsDepleted();
      const call: XCall = {
        caller,
        params: request.params as Record<string, string>,
        query: request.query,
        body: request.body,
        request,
        reply,
        meter(item, units = 1) {
          if (!ctx.rules.metered || units <= 0) return;
          ctx.world.usage.record({
            userId: caller.user.id,
            clientId: caller.clientId,
            endpoint,
            item,
            units,
            costMicros: PRICES_MICROS[item] * units,
            at: ctx.world.nowIso(),
          });
        },
      };
      const body = await spec.handler(call);
      return reply.code(spec.status ?? 200).send(body);
    },
  });
}
