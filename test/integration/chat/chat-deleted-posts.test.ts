// A chat answer deleted on X after the chat read it, on real SQLite against the training sandbox over
// HTTPS (core's clock at 60×): the report and transcript made while the chat is on do not look posts
// up; the first after the chat ended looks every kept post up by id (GET /2/tweets?ids=, one request
// per 100), finds the deleted one gone ("Could not find tweet"), and leaves it out with "1 deleted";
// with includeModerated it is there, marked "Deleted from X."; later reports do not look up again.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/main/core/schedule/csv-parser';
import { call } from '../../helpers/accounts';
import { makeFixture } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { until, useTrainingCores } from '../../helpers/training-core';

const tempDir = useTempDir();
const cores = useTrainingCores(tempDir);

describe('a chat post deleted on X', () => {
  it('is left out of the report and transcript once the ended chat is checked, and marked when included', async () => {
    const core = cores.start();
    const planned = await call(core, 'chat.practice', { questions: 1, minutesPerQuestion: 2, startInMinutes: 1 });
    const server = core.training.server();
    if (!server) throw new Error('training sandbox not running');
    const sandbox = makeFixture(server);
    try {
      const answers = await until('two answers to Q1 in the feed', async () => {
        const feed = await call(core, 'chat.feed', { id: planned.id });
        const found = feed.entries.filter((entry) => entry.kind === 'answer' && entry.moderation === null);
        return found.length >= 2 ? found : null;
      });
      const answer = answers[0];
      if (!answer) throw new Error('no answer');
      // Its author deletes it on X, through the sandbox's API as X's DELETE /2/tweets/:id.
      await expect(sandbox.clientFor(answer.item.author.handle.replace(/^@/, '')).v2.deleteTweet(answer.item.id)).resolves.toMatchObject({ data: { deleted: true } });

      const lookups = (): number => server.context.counters.snapshot()['GET /2/tweets'] ?? 0;
      // While the chat is on, a report reads nothing from X: the answer still counts.
      const live = await call(core, 'chat.report', { id: planned.id });
      expect(live.leftOut.find((row) => row.reason === 'deleted')).toBeUndefined();
      expect(lookups()).toBe(0);

      await until('the chat to end', async () => ((await call(core, 'chat.get', { id: planned.id })).state === 'ended' ? true : null), 90_000);
      const kept = (await call(core, 'chat.list', {})).find((summary) => summary.id === planned.id)?.postCount ?? 0;
      const report = await call(core, 'chat.report', { id: planned.id });
      expect(lookups()).toBe(Math.ceil(kept / 100));
      expect(report.leftOut.find((row) => row.reason === 'deleted')?.count).toBe(1);
      const included = await call(core, 'chat.report', { id: planned.id, includeModerated: true });
      // Included, every left-out post counts again (the deleted answer among them).
      expect(included.posts).toBe(report.posts + report.leftOut.reduce((sum, row) => sum + row.count, 0));

      const html = await call(core, 'chat.export', { id: planned.id, format: 'html' });
      expect(html.content).not.toContain(answer.item.id);
      expect(html.content).toMatch(/<p class="meta" id="left-out">\d+ posts? left out: [^<]*\b1 deleted\b/);
      const csv = await call(core, 'chat.export', { id: planned.id, format: 'csv' });
      expect(csv.content).not.toContain(answer.item.id);
      const full = await call(core, 'chat.export', { id: planned.id, format: 'csv', includeModerated: true });
      const [header = [], ...rows] = parseCsv(full.content).map((record) => record.fields);
      const row = rows.find((fields) => fields[header.indexOf('post_id')] === answer.item.id);
      expect([row?.[header.indexOf('moderation_state')], row?.[header.indexOf('moderation_reason')]]).toEqual(['deleted', 'Deleted from X.']);
      // The other answer is still on X and in the public version.
      expect(csv.content).toContain(answers[1]?.item.id ?? 'missing');
      // Checked once: later reports and exports read the stored marks.
      expect(lookups()).toBe(Math.ceil(kept / 100));
    } finally {
      sandbox.agent.destroy();
    }
  }, 150_000);
});
