// The CLI's command table. Adding a command is adding an entry here (and its file if it grows).
import { z } from 'zod';
import type { AccountSummary } from '../../shared/accounts';
import { accountByHandle } from './account-by-handle';
import { CHAT_EXPORT_COMMAND, CHAT_LIST_COMMAND } from './chat-commands';
import { defineCommand, type CliCommand } from './command';
import { ACCOUNTS_CONNECT_COMMAND } from './connect-command';
import { PUBLISHER_RUN_COMMAND } from './publisher-command';
import { POST_COMMAND, QUEUE_LIST_COMMAND } from './queue-commands';
import { importCommand } from './import-command';

const noArguments = z.object({ values: z.object({}), positionals: z.array(z.string()).max(0, 'takes no arguments') });

const listed = (account: AccountSummary) => ({ id: account.id, handle: account.handle, kind: account.kind, state: account.status, training: account.training });

type Listed = ReturnType<typeof listed>;

const table = (accounts: Listed[]): string =>
  accounts.length === 0
    ? 'No accounts connected.'
    : accounts.map((a) => `@${a.handle}  ${a.kind}  ${a.state}${a.training ? '  (training)' : ''}`).join('\n');

const removeInput = z
  .object({
    values: z.object({ 'keep-posts': z.boolean().optional(), 'delete-posts': z.boolean().optional() }),
    positionals: z.tuple([z.string().regex(/^@?\w{1,50}$/, 'HANDLE must be an X handle such as @sam_comms')], 'takes exactly one HANDLE'),
  })
  .transform((parsed, ctx) => {
    const keep = parsed.values['keep-posts'] === true;
    const remove = parsed.values['delete-posts'] === true;
    if (keep === remove) {
      ctx.addIssue({ code: 'custom', message: 'say what happens to its queued posts: --keep-posts or --delete-posts' });
      return z.NEVER;
    }
    return { handle: parsed.positionals[0].replace(/^@/, ''), queuedPosts: keep ? ('keep' as const) : ('delete' as const) };
  });

export const COMMANDS: readonly CliCommand[] = [
  defineCommand({
    words: ['training', 'connect'],
    usage: 'training connect [--json]   start the training sandbox and connect @HorizonsNHS, @Sch4Change and @sam_comms',
    options: {},
    input: noArguments,
    run: async (core) => (await core.connections.connectTraining()).map(listed),
    print: (accounts) => `Connected ${accounts.map((a) => `@${a.handle}`).join(', ')} (training).`,
  }),
  defineCommand({
    words: ['accounts', 'list'],
    usage: 'accounts list [--json]',
    options: {},
    input: noArguments,
    run: async (core) => core.accounts.list().map(listed),
    print: table,
  }),
  ACCOUNTS_CONNECT_COMMAND,
  defineCommand({
    words: ['accounts', 'remove'],
    usage: 'accounts remove HANDLE (--keep-posts | --delete-posts) [--json]',
    options: { 'keep-posts': { type: 'boolean' }, 'delete-posts': { type: 'boolean' } },
    input: removeInput,
    run: async (core, { handle, queuedPosts }: { handle: string; queuedPosts: 'keep' | 'delete' }) => {
      const removal = await core.accounts.remove(accountByHandle(core, handle).id, queuedPosts);
      return { removed: listed(removal.removed), queuedPosts: removal.queuedPosts, revoked: removal.revoked, revokeMessage: removal.revokeMessage };
    },
    print: (result: { removed: { handle: string }; queuedPosts: string; revokeMessage: string | null }) =>
      [`Removed @${result.removed.handle} (queued posts: ${result.queuedPosts}).`, result.revokeMessage].filter(Boolean).join('\n'),
  }),
  importCommand,
  POST_COMMAND,
  QUEUE_LIST_COMMAND,
  PUBLISHER_RUN_COMMAND,
  CHAT_LIST_COMMAND,
  CHAT_EXPORT_COMMAND,
];
