// `columns chat list` and `columns chat export` as a user's shell runs them, on a chat that really
// happened: saved and scheduled through dispatch as the host (@HorizonsNHS on the HTTPS sandbox),
// its welcome and Q1 posted by the queue, answers and a reply from the community written into the
// sandbox, and the chat's hashtag column refreshed. The CLI then reads the same data folder: the
// transcript files hold every chat post exactly once (CSV) and once per section (HTML); an existing
// file is only replaced with --force; bad command lines exit 2, an unknown chat exits 1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/main/core/schedule/csv-parser';
import { createKeychainVault } from '../../../src/main/core/vault/keychain';
import type { Chat, ChatEntry } from '../../../src/shared/chat';
import { call, connectAs, startHarness, testKeychainService } from '../../helpers/accounts';
import { runColumns } from '../../helpers/columns-cli';
import { useSandbox } from '../../helpers/sandbox';
import { addPost, addReply, addUser } from '../../helpers/sandbox-world';
import { useTempDir } from '../../helpers/temp-dir';

const sandbox = useSandbox();
const tempDir = useTempDir();

const HASHTAG = '#ColumnsCliChat';
const WAIT_MS = 60_000;

async function until<T>(what: string, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** A chat that went out from the host and was answered; returns its id and its feed as core saw it. */
async function hostChat(dataDir: string, keychainService: string): Promise<{ chat: Chat; entries: ChatEntry[] }> {
  const h = await startHarness(dataDir, sandbox(), { keychainService, streams: false, refreshFloorMs: 50 });
  try {
    const host = (await connectAs(h, sandbox(), 'HorizonsNHS')).account;
    if (!host) throw new Error('@HorizonsNHS did not connect');
    // Whole seconds, a little ahead: the queue posts the welcome and Q1 at the start.
    const startsAt = new Date(Math.ceil((Date.now() + 15_000) / 1000) * 1000).toISOString();
    const saved = await call(h.core, 'chat.save', {
      plan: {
        name: 'Discharge <done> "right"',
        hashtag: HASHTAG,
        hostAccountId: host.id,
        cohosts: [],
        guests: ['DrAsha'],
        startsAt,
        zone: 'Europe/London',
        durationMinutes: 10,
        questions: [
          { text: 'What makes a good discharge?', offsetMinutes: 0 },
          { text: 'Who should be in the room?', offsetMinutes: 5 },
        ],
        welcome: 'Welcome, everyone!',
        closing: null,
      },
    });
    await call(h.core, 'chat.schedule', { id: saved.id, confirmedAccountIds: [host.id] });
    const q1Id = await until('Q1 to go out', async () => (await call(h.core, 'chat.get', { id: saved.id })).questionPosts[0]?.post.remoteId ?? null);

    const world = sandbox().server.world;
    const q1 = world.posts.get(q1Id);
    if (!q1) throw new Error('Q1 is not in the sandbox');
    const jo = addUser(world, 'nurse_jo', { name: 'Jo <ward 7> & "friends"' });
    const asha = addUser(world, 'DrAsha', { name: 'Dr Asha Patel' });
    const calc = addUser(world, 'calc_fan', { name: '=SUM(A1)' });
    const answer = addPost(world, jo.id, `A1 A plan everyone knows <script>alert(1)</script> ${HASHTAG}`);
    addPost(world, asha.id, `A1 Medicines ready the day before ${HASHTAG}`);
    addReply(world, calc.id, answer, `@nurse_jo =HYPERLINK("x") yes, "exactly" ${HASHTAG}`, [jo.id]);
    addPost(world, calc.id, `Hello from the back row ${HASHTAG}`);

    const chat = await call(h.core, 'chat.get', { id: saved.id });
    if (!chat.columnId) throw new Error('a scheduled chat has its hashtag column');
    const columnId = chat.columnId;
    // Welcome, Q1, two answers, a reply in Q1's thread and one general post.
    const entries = await until('the feed to hold the chat', async () => {
      await call(h.core, 'columns.refresh', { id: columnId });
      const feed = await call(h.core, 'chat.feed', { id: saved.id });
      return feed.entries.length >= 6 ? feed.entries : null;
    });
    return { chat: await call(h.core, 'chat.get', { id: saved.id }), entries };
  } finally {
    await h.core.close();
  }
}

describe('columns chat list / chat export', () => {
  it('lists the chat and exports its transcript as CSV and HTML, each post exactly once', { timeout: 150_000 }, async () => {
    const dataDir = tempDir();
    const outDir = tempDir();
    const keychainService = testKeychainService();
    const env = { COLUMNS_KEYCHAIN_SERVICE: keychainService, COLUMNS_X_API_BASE: sandbox().server.url, COLUMNS_X_CA: sandbox().server.caCertPem };
    const columns = (...args: string[]) => runColumns(dataDir, args, env);
    try {
      const { chat, entries } = await hostChat(dataDir, keychainService);
      const ids = entries.map((e) => e.item.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(entries.filter((e) => e.kind === 'answer' && e.question === 1)).toHaveLength(2);
      expect(entries.find((e) => e.kind === 'question')?.question).toBe(1);

      const list = await columns('chat', 'list', '--json');
      expect(list.stderr).toBe('');
      expect(list.code).toBe(0);
      expect(JSON.parse(list.stdout)).toEqual([
        { id: chat.id, name: 'Discharge <done> "right"', hashtag: HASHTAG, host: '@HorizonsNHS', state: expect.any(String), starts_at: chat.startsAt, duration_minutes: 10, questions: 2, posts: entries.length },
      ]);
      expect((await columns('chat', 'list')).stdout).toContain(`${chat.id}  ${HASHTAG}  Discharge <done> "right"  @HorizonsNHS`);

      // CSV: a header and one row per post, in the feed's order.
      const csvFile = join(outDir, 'transcript.csv');
      const csv = await columns('chat', 'export', chat.id, '--format', 'csv', '--out', csvFile, '--json');
      expect(csv.stderr).toBe('');
      expect(csv.code).toBe(0);
      expect(JSON.parse(csv.stdout)).toEqual({ id: chat.id, format: 'csv', file: csvFile, mime_type: 'text/csv;charset=utf-8', bytes: expect.any(Number) });
      const rows = parseCsv(readFileSync(csvFile, 'utf8')).map((r) => r.fields);
      expect(rows[0]?.[9]).toBe('post_id');
      expect(rows.slice(1).map((r) => r[9])).toEqual(ids);
      const formula = rows.find((r) => r[8]?.includes('HYPERLINK'));
      expect(formula?.[7]).toBe("'=SUM(A1)");
      expect(formula?.[8]?.startsWith("'@nurse_jo")).toBe(true);
      // Handles in their own column without "@" (so unguarded); an ISO UTC instant and the same
      // instant as ISO local time; the moderation state (nothing was flagged or hidden here).
      const column = (name: string): number => rows[0]?.indexOf(name) ?? -1;
      expect(rows.slice(1).map((r) => r[column('author_handle')])).toEqual(entries.map((e) => e.item.author.handle));
      expect(formula?.[column('author_handle')]).toBe('calc_fan');
      expect(rows.slice(1).map((r) => r[column('created_at_utc')])).toEqual(entries.map((e) => new Date(e.item.createdAt).toISOString()));
      for (const row of rows.slice(1)) {
        expect(row[column('local_time_iso')]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?[+-]\d\d:\d\d$/);
        expect(new Date(row[column('local_time_iso')] ?? '').getTime()).toBe(new Date(row[column('created_at_utc')] ?? '').getTime());
      }
      expect(rows.slice(1).map((r) => r[column('moderation_state')])).toEqual(entries.map(() => 'visible'));

      // HTML into a folder: the suggested name; every post once by question and once in order.
      const html = await columns('chat', 'export', chat.id, '--format', 'html', '--out', outDir);
      expect(html.code).toBe(0);
      const day = DateTime.fromISO(chat.startsAt, { zone: 'Europe/London' }).toFormat('yyyy-MM-dd');
      const htmlFile = join(outDir, `chat-columnsclichat-${day}.html`);
      expect(html.stdout).toBe(`Wrote ${htmlFile} (HTML, ${Buffer.byteLength(readFileSync(htmlFile, 'utf8'))} bytes).\n`);
      const page = readFileSync(htmlFile, 'utf8');
      expect(page).not.toMatch(/<script/i);
      expect(page).toContain('Jo &#60;ward 7&#62; &#38; &#34;friends&#34;');
      const byQuestion = page.slice(page.indexOf('<section id="by-question">'), page.indexOf('<section id="in-order">'));
      const inOrder = page.slice(page.indexOf('<section id="in-order">'));
      for (const id of ids) {
        expect(byQuestion.split(`data-post-id="${id}"`)).toHaveLength(2);
        expect(inOrder.split(`data-post-id="${id}"`)).toHaveLength(2);
      }

      // The blog fragment into a folder: its own name, headings and quotes, nothing of a page.
      const blog = await columns('chat', 'export', chat.id, '--format', 'blog', '--out', outDir, '--include-moderated', '--json');
      expect(blog.stderr).toBe('');
      const blogFile = join(outDir, `chat-columnsclichat-${day}.blog.html`);
      expect(JSON.parse(blog.stdout)).toEqual({ id: chat.id, format: 'blog', file: blogFile, mime_type: 'text/html;charset=utf-8', bytes: expect.any(Number) });
      const fragment = readFileSync(blogFile, 'utf8');
      expect(fragment).not.toMatch(/<(html|head|body|style|script)\b/i);
      expect(fragment).toMatch(/^<h2>/);
      for (const e of entries.filter((entry) => entry.kind === 'answer')) expect(fragment).toContain(`/status/${e.item.id}"`);

      // An existing file is kept unless --force.
      writeFileSync(csvFile, 'keep me');
      const again = await columns('chat', 'export', chat.id, '--format', 'csv', '--out', csvFile);
      expect(again.code).toBe(1);
      expect(again.stderr).toBe(`columns: ${csvFile} already exists; add --force to replace it.\n`);
      expect(readFileSync(csvFile, 'utf8')).toBe('keep me');
      expect((await columns('chat', 'export', chat.id, '--format', 'csv', '--out', csvFile, '--force')).code).toBe(0);
      expect(readFileSync(csvFile, 'utf8')).toContain('post_id');

      // Unknown chat: a failure (1). Bad command lines: 2, with the reason, and nothing written.
      const unknown = await columns('chat', 'export', 'no-such-chat', '--format', 'csv', '--out', join(outDir, 'none.csv'));
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/^columns: .+\n$/);
      const badFormat = await columns('chat', 'export', chat.id, '--format', 'pdf', '--out', join(outDir, 'x.pdf'), '--json');
      expect(badFormat).toMatchObject({ code: 2, stdout: '', stderr: 'columns: chat export: --format must be html, csv or blog\n' });
      expect((await columns('chat', 'export', chat.id, '--format', 'csv')).stderr).toMatch(/^columns: chat export: say where to write it: --out FILE\n/);
      expect((await columns('chat', 'export', '--format', 'csv', '--out', 'x.csv')).code).toBe(2);
      expect((await columns('chat', 'list', 'extra')).code).toBe(2);
      expect(existsSync(join(outDir, 'x.pdf'))).toBe(false);
    } finally {
      const vault = createKeychainVault(keychainService);
      for (const key of await vault.keys()) await vault.delete(key);
    }
  });
});
