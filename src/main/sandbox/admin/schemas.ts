// What the admin interface accepts. Its answers are plain {error} JSON rather than X's problem
// bodies: only tests and tools call it, and they want the reason in one line.
import { z } from 'zod';

/** X usernames: 1–15 letters, digits or underscores; a leading @ is tolerated. */
const username = z
  .string()
  .regex(/^@?\w{1,15}$/, 'must be an X username (1–15 letters, digits or underscores)')
  .transform((name) => name.replace(/^@/, ''));

export const postsQuerySchema = z.object({ username: username.optional() }).strict();

export const userBodySchema = z.object({ username }).strict();

/** Up to a year either way: enough to expire anything, small enough to stay a valid Date. */
const YEAR_MS = 366 * 24 * 3600 * 1000;
export const clockBodySchema = z.object({ offsetMs: z.number().int().min(-YEAR_MS).max(YEAR_MS) }).strict();

export const rateLimitBodySchema = z
  .object({
    /** The same key as DEFAULT_RATE_LIMITS: "METHOD /fastify/route/:template". */
    endpoint: z.string().regex(/^(GET|POST|PUT|DELETE) \/\S{1,200}$/, 'must look like "GET /2/users/me"'),
    limit: z.number().int().min(0).max(1_000_000),
  })
  .strict();

export class AdminInputError extends Error {
  readonly status = 400;
}

/** Parses admin input or throws one readable message naming every bad field. */
export function parseAdminInput<S extends z.ZodType>(schema: S, input: unknown, where: 'query' | 'body' = 'body'): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const reasons = result.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : where}: ${issue.message}`);
  throw new AdminInputError(reasons.join('; '));
}
