// `columns publisher run [--once]`: the publisher without any UI, for an always-on machine. It takes
// the same database lock as the app: only one publisher per data folder is active, the other waits
// for the lock. `--once` publishes what is due now and exits; without it, it runs until SIGINT or
// SIGTERM and then lets posts in flight finish. SIGKILL at any moment is safe: a post is claimed in
// SQLite before it is sent, and the next publisher reconciles it against X before any retry.
import { z } from 'zod';
import type { PostState } from '../../shared/queue';
import type { Core } from '../core/app';
import { defineCommand } from './command';

const input = z
  .object({ values: z.object({ once: z.boolean().optional() }), positionals: z.array(z.string()).max(0, 'takes no arguments') })
  .transform(({ values }) => ({ once: values.once === true }));

interface PublisherSummary {
  once: boolean;
  /** Posts that went out while this command ran. */
  sent: number;
  /** What the queue holds afterwards, by state. */
  queue: Partial<Record<PostState, number>>;
}

function countByState(core: Core): Partial<Record<PostState, number>> {
  const counts: Partial<Record<PostState, number>> = {};
  for (const post of core.queue.list({})) counts[post.state] = (counts[post.state] ?? 0) + 1;
  return counts;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function run(core: Core, { once }: z.output<typeof input>): Promise<PublisherSummary> {
  const sentBefore = countByState(core).sent ?? 0;
  // The scheduler's timers are unref'd (they must not hold the app open); this keeps the CLI alive
  // while it waits for the lock or for due posts.
  const keepAlive = setInterval(() => undefined, 60_000);
  try {
    core.scheduler.start();
    if (once) {
      await core.scheduler.whenIdle();
    } else {
      // Handlers first, then the line a supervisor may act on.
      const stopped = untilSignal();
      process.stderr.write('Columns publisher running; posts go out when due. Stop with Ctrl+C.\n');
      await stopped;
    }
  } finally {
    clearInterval(keepAlive);
  }
  await core.scheduler.stop();
  const queue = countByState(core);
  return { once, sent: (queue.sent ?? 0) - sentBefore, queue };
}

export const PUBLISHER_RUN_COMMAND = defineCommand({
  words: ['publisher', 'run'],
  usage: 'publisher run [--once] [--json]   publish due posts without the app (--once: what is due now, then exit)',
  options: { once: { type: 'boolean' } },
  input,
  run,
  print: (summary: PublisherSummary) =>
    `Sent ${summary.sent}. Queue: ${Object.entries(summary.queue).map(([state, n]) => `${n} ${state}`).join(', ') || 'empty'}.`,
});
