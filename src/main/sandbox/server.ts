// The X sandbox over HTTPS on loopback: start it, get its URL and CA, close it. The CLI (cli.ts),
// the app's training mode and every test start it through startSandbox().
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { createSandboxClock } from './clock';
import { createCounters, type SandboxContext } from './context';
import { registerBodyParsers } from './http/body-parsers';
import { registerErrorHandling } from './http/errors';
import { registerFaultHooks } from './http/fault-hooks';
import { createFaultQueue } from './http/faults';
import { createRateLimiter } from './http/rate-limits';
import { SANDBOX_CLIENT_ID } from './oauth/clients';
import { sandboxOptionsSchema, type SandboxOptionsInput } from './options';
import { planRules } from './plans';
import { registerRoutes } from './routes/index';
import { seedWorld } from './simulation/seed';
import { createSimulator, type Simulator } from './simulation/simulator';
import { ensureSandboxTls } from './tls/certificates';
import { openWorld, type SandboxWorld } from './world';
import type { IssuedTokens } from './store/oauth';

export { SANDBOX_CLIENT_ID };

export interface SandboxServer {
  /** https://127.0.0.1:PORT */
  readonly url: string;
  readonly port: number;
  readonly caCertPath: string;
  readonly caCertPem: string;
  /** Only when started with admin. */
  readonly adminToken: string | null;
  readonly context: SandboxContext;
  readonly world: SandboxWorld;
  /** Chats and ambient activity (simulation/simulator.ts); advance() it in tests. */
  readonly simulator: Simulator;
  /** Issues tokens without the browser step, for the app's own training accounts and tests. */
  issueTokens(username: string, scope: string): IssuedTokens;
  close(): Promise<void>;
}

/** What only an in-process caller can give: the app's own clock when it runs fast (tests, demos). */
export interface SandboxRuntime {
  nowMs?: () => number;
}

export async function startSandbox(input: SandboxOptionsInput, runtime: SandboxRuntime = {}): Promise<SandboxServer> {
  const options = sandboxOptionsSchema.parse(input);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const tls = await ensureSandboxTls(options.dataDir);
  const clock = createSandboxClock(runtime.nowMs);
  const world = openWorld(options.dataDir, clock, options.nativeBinding);
  const rules = planRules(options.plan);
  const adminToken = options.admin ? (options.adminToken ?? randomBytes(24).toString('base64url')) : null;

  const reseed = (): void => {
    world.clear();
    seedWorld(world, options);
  };
  if (world.users.all().length === 0) reseed();
  // The training simulation runs from a timer only with `simulate`; tests and the admin advance it.
  const simulator = createSimulator(world, { realTime: options.simulate, speed: options.simulationSpeed });
  const startAmbient = (): void => {
    if (options.simulate && options.ambientPerHour > 0) simulator.startAmbient({ perHour: options.ambientPerHour });
  };
  startAmbient();

  const limiter = createRateLimiter({ windowSeconds: options.rateLimitWindowSeconds, overrides: options.rateLimits, nowMs: () => clock.nowMs() });
  const faults = createFaultQueue();
  const counters = createCounters();
  const context: SandboxContext = {
    world,
    options,
    rules,
    limiter,
    faults,
    counters,
    simulator,
    reset() {
      simulator.stop();
      reseed();
      limiter.clear();
      faults.clear();
      counters.clear();
      clock.setOffset(0);
      startAmbient();
    },
  };

  const app: FastifyInstance = Fastify({
    https: { key: tls.keyPem, cert: tls.certPem },
    bodyLimit: options.bodyLimitBytes,
    forceCloseConnections: true,
    logger: false,
    // Ids stay strings; X paths are case-sensitive.
    routerOptions: { caseSensitive: true, ignoreTrailingSlash: false },
  });
  registerBodyParsers(app);
  await app.register(multipart, { limits: { fileSize: options.bodyLimitBytes, files: 1, fields: 10 } });
  registerErrorHandling(app);
  registerFaultHooks(app, faults, () => clock.nowMs());
  app.addHook('onResponse', async (request) => {
    const route = request.routeOptions.url;
    if (route && !route.startsWith('/admin/')) counters.count(`${request.method} ${route}`);
  });
  registerRoutes(app, context, adminToken);

  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host === '::1' ? '[::1]' : options.host;

  return {
    url: `https://${host}:${port}`,
    port,
    caCertPath: tls.caCertPath,
    caCertPem: tls.caCertPem,
    adminToken,
    context,
    world,
    simulator,
    issueTokens(username, scope) {
      const user = world.users.byUsername(username);
      if (!user) throw new Error(`No sandbox user @${username}`);
      return world.oauth.issue({ userId: user.id, clientId: SANDBOX_CLIENT_ID, scope, nowMs: clock.nowMs(), ttlSeconds: options.accessTokenTtlSeconds });
    },
    async close() {
      simulator.stop();
      await app.close();
      world.close();
    },
  };
}
