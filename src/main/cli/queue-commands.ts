// `columns post` and `columns queue list`: the queue from a terminal, same data folder as the app.
//
// `post` without --at or --queue publishes now and waits for the answer (up to POST_WAIT_MS),
// printing the X id(s); with a time it only queues the post and prints its id: the app (or any
// later `columns post`) publishes it when due. Naming the account with --as is the confirmation a
// "confirm before posting" account asks for. If the app is publishing from the same data folder,
// it holds the publisher lock and sends the post; this command waits for the result all the same.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { POST_STATES, type QueuedPost } from '../../shared/queue';
import type { Core } from '../core/app';
import { AppError } from '../core/errors';
import { accountByHandle } from './account-by-handle';
import { defineCommand } from './command';

export const POST_WAIT_MS = 120_000;
const POLL_MS = 200;

const handle = z.string().regex(/^@?\w{1,50}$/, '--as must be an X handle such as @sam_comms');

const postInput = z
  .object({
    values: z.object({
      as: handle,
      at: z.iso.datetime({ offset: true, message: '--at must be an ISO 8601 time with an offset, such as 2026-03-30T09:00:00+01:00' }).optional(),
      queue: z.boolean().optional(),
      grace: z.coerce.number().int('--grace must be whole minutes').min(0).max(7 * 24 * 60).optional(),
      part: z.array(z.string()).optional(),
    }),
    positionals: z.tuple([z.string().min(1, 'TEXT must not be empty')], 'takes the post TEXT (quote it), and --part TEXT for each further part of a thread'),
  })
  .refine((parsed) => !(parsed.values.at && parsed.values.queue), 'give --at or --queue, not both')
  .transform(({ values, positionals }) => ({
    handle: values.as,
    when: values.at ? ({ kind: 'at', dueAt: values.at } as const) : values.queue ? ({ kind: 'queue' } as const) : ({ kind: 'now' } as const),
    grace: values.grace,
    texts: [positionals[0], ...(values.part ?? [])],
  }));

type PostInput = z.output<typeof postInput>;

interface Listed {
  id: string;
  account: string;
  state: string;
  due_at: string | null;
  text: string;
  /** The first part's X id (a thread's link), once out. */
  remote_id: string | null;
}

const listed = (core: Core, post: QueuedPost): Listed => ({
  id: post.id,
  account: `@${core.accounts.list().find((a) => a.id === post.accountId)?.handle ?? post.accountId}`,
  state: post.state,
  due_at: post.dueAt,
  text: post.parts.map((part) => part.text).join('\n\n'),
  remote_id: post.remoteIds[0] ?? null,
});

async function settle(core: Core, id: string): Promise<QueuedPost> {
  const deadline = Date.now() + POST_WAIT_MS;
  for (;;) {
    const post = core.queue.get(id);
    if (post.state === 'sent' || post.state === 'failed' || post.state === 'held') return post;
    if (Date.now() > deadline) return post;
    await sleep(POLL_MS);
  }
}

async function post(core: Core, input: PostInput): Promise<(Listed & { remote_ids: (string | null)[] })[]> {
  const account = accountByHandle(core, input.handle);
  const zone = (await core.dispatch('settings.get', {})) as { ok: true; value: { timeZone: string } };
  const created = core.queue.create({
    posts: [{ accountId: account.id, parts: input.texts.map((text) => ({ text, mediaIds: [] })) }],
    replyToId: null,
    quoteOfId: null,
    when: input.when.kind === 'at' ? { ...input.when, zone: zone.value.timeZone } : input.when,
    graceMinutes: input.grace ?? 15,
    confirmedAccountIds: [account.id],
  }, { path: 'cli_post' });
  let posts = created;
  if (input.when.kind === 'now') {
    core.scheduler.start();
    posts = await Promise.all(created.map((p) => settle(core, p.id)));
    const failed = posts.find((p) => p.state !== 'sent');
    if (failed) {
      const why = failed.lastError?.message ?? `it is still ${failed.state} (another Columns may be publishing; see \`columns queue list\`)`;
      throw new AppError('unavailable', `Post ${failed.id} was not sent: ${why}`);
    }
  }
  return posts.map((p) => ({ ...listed(core, p), remote_ids: p.remoteIds }));
}

export const POST_COMMAND = defineCommand({
  words: ['post'],
  usage: 'post --as HANDLE [--at ISO-8601-with-offset | --queue] [--grace MINUTES] TEXT [--part TEXT]...   (no time: posts now and waits)',
  options: { as: { type: 'string' }, at: { type: 'string' }, queue: { type: 'boolean' }, grace: { type: 'string' }, part: { type: 'string', multiple: true } },
  input: postInput,
  run: post,
  print: (posts: (Listed & { remote_ids: (string | null)[] })[]) =>
    posts.map((p) => [p.id, p.state, p.due_at, p.remote_ids.filter(Boolean).join(',')].filter(Boolean).join('  ')).join('\n'),
});

const listInput = z
  .object({ values: z.object({ state: z.enum(POST_STATES, { message: `--state must be one of ${POST_STATES.join(', ')}` }).optional() }), positionals: z.array(z.string()).max(0, 'takes no arguments') })
  .transform(({ values }) => ({ state: values.state }));

export const QUEUE_LIST_COMMAND = defineCommand({
  words: ['queue', 'list'],
  usage: 'queue list [--state STATE] [--json]',
  options: { state: { type: 'string' } },
  input: listInput,
  run: async (core, { state }: z.output<typeof listInput>) => core.queue.list(state ? { states: [state] } : {}).map((p) => listed(core, p)),
  print: (posts: Listed[]) =>
    posts.length === 0 ? 'The queue is empty.' : posts.map((p) => `${p.id}  ${p.account}  ${p.state}  ${p.due_at ?? '-'}  ${p.text.split('\n')[0]?.slice(0, 60) ?? ''}`).join('\n'),
});
