// A scheduled chat's column reads only from 15 minutes before the start: until then it is not
// polled, costs nothing in the spend estimate, and says when it starts reading; then it reads.
// Core and the training sandbox at 60× (a clock minute per wall second) so the wake comes quickly.
import { describe, expect, it } from 'vitest';
import type { ChatPlanInput } from '../../../src/shared/chat';
import type { ColumnStatus } from '../../../src/shared/columns';
import { call } from '../../helpers/accounts';
import { useTempDir } from '../../helpers/temp-dir';
import { until as untilDone, useTrainingCores } from '../../helpers/training-core';

const tempDir = useTempDir();
const cores = useTrainingCores(tempDir);
const until = <T,>(what: string, probe: () => Promise<T | null>, timeoutMs = 30_000): Promise<T> => untilDone(what, probe, timeoutMs, 100);

const MINUTE = 60_000;


describe('a scheduled chat’s column', () => {
  it('does not read or cost until 15 minutes before the start, says when it will, then reads', async () => {
    const core = cores.start();
    await call(core, 'training.start', {});
    const host = (await call(core, 'training.connect', {})).find((account) => account.training && account.kind === 'corporate');
    if (!host) throw new Error('no training corporate account');
    const plan = (name: string, startsInMinutes: number): ChatPlanInput => ({
      name,
      hashtag: `#Reading${name}`,
      hostAccountId: host.id,
      startsAt: new Date(Date.now() + startsInMinutes * MINUTE).toISOString(),
      zone: 'Europe/London',
      durationMinutes: 30,
      questions: [{ text: 'What matters?', offsetMinutes: 5 }],
    });
    const schedule = async (input: ChatPlanInput) => {
      const draft = await call(core, 'chat.save', { plan: input });
      return call(core, 'chat.schedule', { id: draft.id, confirmedAccountIds: [host.id] });
    };
    // Tomorrow: dormant all test long. In 16 clock minutes: wakes a clock minute from now.
    const tomorrow = await schedule(plan('Tomorrow', 24 * 60));
    const soon = await schedule(plan('Soon', 16));
    const statusOf = async (columnId: string | null): Promise<ColumnStatus> => {
      const status = (await call(core, 'columns.statuses', {})).find((candidate) => candidate.columnId === columnId);
      if (!status) throw new Error(`no status for ${columnId}`);
      return status;
    };

    const dormant = await statusOf(tomorrow.columnId);
    expect(dormant.waiting).toMatch(/^reads from \w{3} \d{1,2} \w{3} \d\d:\d\d \(15 minutes before the chat\)$/);
    expect(dormant.lastRefreshedAt).toBeNull();
    expect(dormant.cost.usdPerDay).toBe(0);
    expect(dormant.cost.requests.map((request) => request.requestsPerDay)).toEqual([0]);
    const feed = await call(core, 'chat.feed', { id: tomorrow.id });
    expect(feed.refresh?.waiting).toBe(dormant.waiting);

    // The one starting soon reads once its margin begins.
    expect((await statusOf(soon.columnId)).lastRefreshedAt).toBeNull();
    const awake = await until('the soon chat’s column to read', async () => {
      const status = await statusOf(soon.columnId);
      return status.lastRefreshedAt ? status : null;
    });
    expect(awake.waiting).toBeNull();
    expect(awake.cost.requests[0]?.requestsPerDay).toBeGreaterThan(0);
    // A plain search for the same hashtag rides on the chat's request: one request, one cost.
    const plain = await call(core, 'columns.add', { kind: 'search', accountId: host.id, query: '#readingsoon', title: 'Plain search' });
    const shared = await until('the plain column on the chat’s request', async () => {
      const status = await statusOf(plain.id);
      return status.cost.requests.length === 1 ? status : null;
    });
    expect(shared.cost.requests[0]?.sharedWith).toEqual([`Chat #ReadingSoon`]);
    expect((await statusOf(soon.columnId)).cost.requests.map((request) => [request.label, request.sharedWith])).toEqual([[shared.cost.requests[0]?.label, ['Plain search']]]);
    const posted = await call(core, 'chat.post', { id: soon.id, accountId: host.id, text: 'Hello everyone', replyToId: null, quoteOfId: null, confirmedAccountIds: [host.id] });
    const tagged = await until('the chat post in the plain column', async () => {
      await call(core, 'columns.refresh', { id: plain.id });
      const page = await call(core, 'columns.items', { id: plain.id, limit: 50 });
      return page.items.some((item) => item.text === posted.parts[0]?.text) ? page.items : null;
    });
    expect(tagged.every((item) => /#readingsoon\b/i.test(item.text))).toBe(true);
    // The other is still dormant, having never read.
    expect((await statusOf(tomorrow.columnId)).lastRefreshedAt).toBeNull();
  }, 60_000);
});
