// The sandbox CLI's arguments: `[--port N] [--data DIR] [--seed] [--admin] [--plan P]`. Strict:
// an unknown flag or a bad value is a usage error (exit 2), never silently ignored.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PLANS, type SandboxOptionsInput } from './options';

export const USAGE = `Usage: npm run sandbox -- [--port N] [--data DIR] [--seed] [--admin] [--plan ${PLANS.join('|')}] [--simulate [--speed X]]
  --port N     port on 127.0.0.1 (default 0: any free port)
  --data DIR   folder for the sandbox database and TLS material (default <userData>/sandbox)
  --seed       fill an empty database with the whole training cast (default: the three core accounts)
  --admin      serve /admin/ (faults, clock, counters); its token is printed in the start-up line
  --plan P     X access plan to imitate (default pay-per-use)
  --simulate   run the simulation in real time: mentions of the corporate accounts, chats started via /admin/chat
  --speed X    with --simulate, sandbox minutes per real minute (1–10000, default 1)`;

const argsSchema = z.object({
  port: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a whole number from 0 to 65535')
    .transform(Number)
    .refine((port) => port <= 65535, 'must be a whole number from 0 to 65535')
    .default(0),
  data: z.string().trim().min(1, 'must name a folder').optional(),
  seed: z.boolean().default(false),
  admin: z.boolean().default(false),
  plan: z.enum(PLANS, { error: `must be one of ${PLANS.join(', ')}` }).default('pay-per-use'),
  simulate: z.boolean().default(false),
  speed: z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'must be a number from 1 to 10000')
    .transform(Number)
    .refine((speed) => speed >= 1 && speed <= 10_000, 'must be a number from 1 to 10000')
    .optional(),
  help: z.boolean().default(false),
});

export type CliArgs =
  | { kind: 'start'; options: Required<Pick<SandboxOptionsInput, 'dataDir' | 'port' | 'seed' | 'admin' | 'plan' | 'simulate' | 'simulationSpeed'>> }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

/** Parses argv (without node and script); `defaultDataDir` is used when --data is absent. */
export function parseCliArgs(argv: readonly string[], defaultDataDir: string): CliArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        seed: { type: 'boolean' },
        admin: { type: 'boolean' },
        plan: { type: 'string' },
        simulate: { type: 'boolean' },
        speed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  const result = argsSchema.safeParse(values);
  if (!result.success) {
    const message = result.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('; ');
    return { kind: 'usage-error', message };
  }
  const args = result.data;
  if (args.help) return { kind: 'help' };
  if (args.speed !== undefined && !args.simulate) return { kind: 'usage-error', message: '--speed needs --simulate' };
  return {
    kind: 'start',
    options: {
      dataDir: args.data ?? defaultDataDir,
      port: args.port,
      seed: args.seed,
      admin: args.admin,
      plan: args.plan,
      simulate: args.simulate,
      simulationSpeed: args.speed ?? 1,
    },
  };
}
