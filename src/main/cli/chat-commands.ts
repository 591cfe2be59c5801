// `columns chat list` and `columns chat export ID --format html|csv|blog --out FILE`: a tweet chat's
// transcript from a terminal, from the same local store as the app (offline too).
//
// --out names the file to write, or an existing folder to write the suggested name into
// (chat-<hashtag>-<date>.<format>). An existing file is never replaced unless --force is given:
// a transcript is often the only record of a chat, and a re-run should not silently lose one.
import { writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { CHAT_EXPORT_FORMATS, type ChatExportFormat, type ChatSummary } from '../../shared/chat';
import type { MethodName, MethodResult } from '../../shared/contract';
import type { Core } from '../core/app';
import { AppError } from '../core/errors';
import { defineCommand } from './command';

async function call<M extends MethodName>(core: Core, method: M, input: unknown): Promise<MethodResult<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as MethodResult<M>;
}

interface ListedChat {
  id: string;
  name: string;
  hashtag: string;
  host: string;
  state: string;
  starts_at: string;
  duration_minutes: number;
  questions: number;
  posts: number;
}

const listedChat = (core: Core, chat: ChatSummary): ListedChat => ({
  id: chat.id,
  name: chat.name,
  hashtag: chat.hashtag,
  host: `@${core.accounts.list().find((a) => a.id === chat.hostAccountId)?.handle ?? chat.hostAccountId}`,
  state: chat.state,
  starts_at: chat.startsAt,
  duration_minutes: chat.durationMinutes,
  questions: chat.questionCount,
  posts: chat.postCount,
});

export const CHAT_LIST_COMMAND = defineCommand({
  words: ['chat', 'list'],
  usage: 'chat list [--json]   tweet chats: id, hashtag, name, host, state, start, posts',
  options: {},
  input: z.object({ values: z.object({}), positionals: z.array(z.string()).max(0, 'takes no arguments') }),
  run: async (core) => (await call(core, 'chat.list', {})).map((chat) => listedChat(core, chat)),
  print: (chats: ListedChat[]) =>
    chats.length === 0
      ? 'No tweet chats.'
      : chats.map((c) => `${c.id}  ${c.hashtag}  ${c.name}  ${c.host}  ${c.state}  ${c.starts_at}  ${c.posts} posts`).join('\n'),
});

const exportInput = z
  .object({
    values: z.object({
      format: z.enum(CHAT_EXPORT_FORMATS, { message: '--format must be html, csv or blog' }).optional(),
      out: z.string().min(1, '--out must name a file').optional(),
      force: z.boolean().optional(),
      'include-moderated': z.boolean().optional(),
    }),
    positionals: z.tuple([z.string().min(1).max(64, 'ID is too long (see `columns chat list`)')], 'takes exactly one chat ID (see `columns chat list`)'),
  })
  .transform(({ values, positionals }, ctx) => {
    if (!values.format) ctx.addIssue({ code: 'custom', message: 'say which format: --format html, --format csv or --format blog' });
    if (!values.out) ctx.addIssue({ code: 'custom', message: 'say where to write it: --out FILE' });
    if (!values.format || !values.out) return z.NEVER;
    return { id: positionals[0], format: values.format, out: resolve(values.out), force: values.force === true, includeModerated: values['include-moderated'] === true };
  });

type ExportInput = z.output<typeof exportInput>;

interface Exported {
  id: string;
  format: ChatExportFormat;
  file: string;
  mime_type: string;
  bytes: number;
}

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

async function exportChat(core: Core, { id, format, out, force, includeModerated }: ExportInput): Promise<Exported> {
  const file = await call(core, 'chat.export', { id, format, includeModerated });
  const target = isFolder(out) ? join(out, file.filename) : out;
  try {
    // 'wx' fails if the file exists, atomically: no window between a check and the write.
    await writeFile(target, file.content, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('invalid_request', `${target} already exists; add --force to replace it.`);
    throw new AppError('invalid_request', `Cannot write ${target}: ${code ?? 'unwritable'}.`);
  }
  return { id, format, file: target, mime_type: file.mimeType, bytes: Buffer.byteLength(file.content, 'utf8') };
}

export const CHAT_EXPORT_COMMAND = defineCommand({
  words: ['chat', 'export'],
  usage: 'chat export ID --format html|csv|blog --out FILE|FOLDER [--include-moderated] [--force] [--json]   a chat\'s transcript, hidden, muted, spam, abusive and deleted posts left out unless --include-moderated (then marked); never replaces a file without --force',
  options: { format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, 'include-moderated': { type: 'boolean' } },
  input: exportInput,
  run: exportChat,
  print: (result: Exported) => `Wrote ${result.file} (${result.format.toUpperCase()}, ${result.bytes} bytes).`,
});
