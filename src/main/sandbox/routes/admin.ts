// The admin interface under /admin/: fault injection, token expiry, the clock, counters and reset.
// Registered only when the sandbox starts with admin (never in training mode); every route needs
// the admin bearer token and answers plain {error} JSON, not X's problem bodies.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { adminTokenMatches } from '../admin/auth';
import { collectStats, listPosts } from '../admin/reports';
import { AdminInputError, clockBodySchema, parseAdminInput, postsQuerySchema, rateLimitBodySchema, userBodySchema } from '../admin/schemas';
import type { SandboxContext } from '../context';
import { faultRequestSchema } from '../http/faults';
import { XProblem } from '../http/problems';
import type { SandboxUser } from '../model';
import { adminAdvanceBodySchema, adminChatBodySchema, advanceSimulation } from '../simulation/admin-api';
import { describeChat } from '../simulation/simulator';
import { UnknownAccountError } from '../simulation/writer';

class AdminNotFound extends Error {
  readonly status = 404;
}

function problemReason(problem: XProblem): string {
  const errors = problem.body['errors'];
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  if (first && typeof first === 'object' && 'message' in first && typeof first.message === 'string') return first.message;
  return problem.message;
}

/** Anything an admin handler (or Fastify's body parsing) throws, as {error} with a fitting status. */
function adminErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof AdminInputError || error instanceof AdminNotFound) return reply.code(error.status).send({ error: error.message });
  if (error instanceof UnknownAccountError) return reply.code(404).send({ error: error.message });
  // The shared JSON parser throws X's 400 for a malformed body; keep its reason, drop its shape.
  if (error instanceof XProblem) return reply.code(error.status).send({ error: problemReason(error) });
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) reply.log.error({ err: error }, 'sandbox admin handler failed');
  return reply.code(status).send({ error: status === 500 ? 'Internal error in the admin interface.' : error.message });
}

export function registerAdminRoutes(app: FastifyInstance, ctx: SandboxContext, adminToken: string): void {
  const { world } = ctx;

  const route = (method: 'GET' | 'POST', url: string, handler: RouteHandlerMethod): void => {
    app.route({
      method,
      url,
      // onRequest runs before the body is read: a caller without the token gets nothing parsed.
      onRequest: async (request, reply) => {
        if (!adminTokenMatches(request.headers.authorization, adminToken)) {
          return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'Missing or wrong admin token.' });
        }
      },
      errorHandler: adminErrorHandler,
      handler,
    });
  };

  const userNamed = (username: string): SandboxUser => {
    const user = world.users.byUsername(username);
    if (!user) throw new AdminNotFound(`No sandbox user @${username}.`);
    return user;
  };

  route('GET', '/admin/posts', async (request) => {
    const { username } = parseAdminInput(postsQuerySchema, request.query, 'query');
    return { data: listPosts(ctx, username === undefined ? undefined : userNamed(username).id) };
  });

  route('GET', '/admin/faults', async () => ({ data: ctx.faults.pending() }));
  route('POST', '/admin/faults', async (request, reply) => {
    ctx.faults.arm(parseAdminInput(faultRequestSchema, request.body));
    return reply.code(201).send({ data: ctx.faults.pending() });
  });
  route('POST', '/admin/faults/clear', async () => {
    ctx.faults.clear();
    return { data: ctx.faults.pending() };
  });

  route('POST', '/admin/tokens/expire', async (request) => {
    const user = userNamed(parseAdminInput(userBodySchema, request.body).username);
    return { username: user.username, expired: world.oauth.expireUser(user.id, world.nowIso()) };
  });
  route('POST', '/admin/tokens/revoke', async (request) => {
    const user = userNamed(parseAdminInput(userBodySchema, request.body).username);
    return { username: user.username, revoked: world.oauth.revokeUser(user.id, world.nowIso()) };
  });

  const clockState = (): { now: string; offsetMs: number } => ({ now: world.nowIso(), offsetMs: world.clock.offsetMs() });
  route('GET', '/admin/clock', async () => clockState());
  route('POST', '/admin/clock', async (request) => {
    world.clock.setOffset(parseAdminInput(clockBodySchema, request.body).offsetMs);
    return clockState();
  });

  route('POST', '/admin/rate-limits', async (request) => {
    const { endpoint, limit } = parseAdminInput(rateLimitBodySchema, request.body);
    ctx.limiter.setLimit(endpoint, limit);
    return { endpoint, limit: ctx.limiter.limitFor(endpoint) };
  });

  // The training simulation: run a tweet chat, move its clock on, see what it has done, stop it.
  route('GET', '/admin/simulation', async () => ctx.simulator.status());
  route('POST', '/admin/chat', async (request, reply) => {
    const run = ctx.simulator.startChat(parseAdminInput(adminChatBodySchema, request.body));
    return reply.code(201).send(describeChat(run));
  });
  route('POST', '/admin/simulation/advance', async (request) =>
    advanceSimulation(ctx.simulator, parseAdminInput(adminAdvanceBodySchema, request.body).ms),
  );
  route('POST', '/admin/simulation/stop', async () => {
    ctx.simulator.stop();
    return ctx.simulator.status();
  });

  route('GET', '/admin/stats', async () => collectStats(ctx));

  route('POST', '/admin/reset', async () => {
    ctx.reset();
    return { reset: true, users: world.users.all().length };
  });
}
