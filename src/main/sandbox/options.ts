// How a sandbox is started. The CLI, the app's training mode and tests all pass through this schema.
import { z } from 'zod';

export const PLANS = ['pay-per-use', 'enterprise'] as const;
export type SandboxPlan = (typeof PLANS)[number];

/** X's per-user limits per 15-minute window (legacy tier table in X-API.md), keyed "METHOD /path". */
export const DEFAULT_RATE_LIMITS: Readonly<Record<string, number>> = {
  'POST /2/tweets': 100,
  'DELETE /2/tweets/:id': 50,
  'GET /2/tweets/:id': 900,
  'GET /2/tweets': 900,
  'GET /2/users/me': 75,
  'GET /2/users/:id': 900,
  'GET /2/users/by/username/:username': 900,
  'GET /2/users/:id/tweets': 900,
  'GET /2/users/:id/mentions': 300,
  'GET /2/users/:id/timelines/reverse_chronological': 180,
  // docs.x.com's rate-limit table: 75 per 15 minutes per user (not in the legacy table of X-API.md).
  'GET /2/users/reposts_of_me': 75,
  'GET /2/tweets/search/recent': 300,
  'PUT /2/tweets/:id/hidden': 50,
  'POST /2/users/:id/likes': 50,
  'DELETE /2/users/:id/likes/:tweet_id': 50,
  'POST /2/users/:id/retweets': 50,
  'DELETE /2/users/:id/retweets/:source_tweet_id': 50,
  'POST /2/users/:id/following': 50,
  'DELETE /2/users/:source_user_id/following/:target_user_id': 50,
  'GET /2/users/:id/blocking': 15,
  'POST /2/users/:id/muting': 50,
  'DELETE /2/users/:source_user_id/muting/:target_user_id': 50,
  'POST /2/media/upload/initialize': 1875,
  'POST /2/media/upload/:id/append': 1875,
  'POST /2/media/upload/:id/finalize': 1875,
  'GET /2/media/upload': 1875,
  'POST /2/media/metadata': 500,
};

/** Limit for an endpoint nobody listed: generous, like X's read endpoints. */
export const FALLBACK_RATE_LIMIT = 900;

export const sandboxOptionsSchema = z
  .object({
    /** Where the SQLite file and TLS material live. */
    dataDir: z.string().min(1),
    /** 0 picks a free port. */
    port: z.number().int().min(0).max(65535).default(0),
    /** Only ever loopback: the sandbox is not a network service. */
    host: z.enum(['127.0.0.1', '::1']).default('127.0.0.1'),
    /** Fill an empty database with the training cast (users, history). */
    seed: z.boolean().default(true),
    /** Serve /admin/ (faults, clock, counters). Never in training mode. */
    admin: z.boolean().default(false),
    /** Fixed admin token (tests); otherwise a random one per start. */
    adminToken: z.string().min(16).optional(),
    plan: z.enum(PLANS).default('pay-per-use'),
    /** Access-token lifetime; X's is two hours. */
    accessTokenTtlSeconds: z.number().int().min(1).max(30 * 24 * 3600).default(7200),
    /** Pay-per-use credit balance at seed, in millionths of a dollar. */
    initialCreditMicros: z.number().int().min(0).default(5_000_000),
    rateLimitWindowSeconds: z.number().int().min(1).default(15 * 60),
    /** Overrides of DEFAULT_RATE_LIMITS, same keys. */
    rateLimits: z.record(z.string(), z.number().int().min(0)).default({}),
    /** Largest request body accepted, bytes (media segments are ≤ 5 MB at X). */
    bodyLimitBytes: z.number().int().min(1024).default(8 * 1024 * 1024),
    /** better_sqlite3.node built for the running runtime (the Electron app); Node's by default. */
    nativeBinding: z.string().min(1).optional(),
    /** Run the simulation in real time from start: ambient mentions of the corporate accounts. */
    simulate: z.boolean().default(false),
    /** Real-time acceleration (sandbox ms per wall ms); above 1 the sandbox clock runs fast too. */
    simulationSpeed: z.number().min(1).max(10_000).default(1),
    /** Ambient posts an hour mentioning or replying to the corporate accounts (with simulate). */
    ambientPerHour: z.number().min(0).max(600).default(6),
  })
  .strict();

export type SandboxOptionsInput = z.input<typeof sandboxOptionsSchema>;
export type SandboxOptions = z.output<typeof sandboxOptionsSchema>;
