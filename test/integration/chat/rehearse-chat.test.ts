// Rehearsing a planned chat in training: the real plan (on the training corporate account, a day
// ahead) is untouched while a rehearsal of it runs 30× faster on the same account kind, its
// questions marked "· R1"; the sandbox's community answers the chat's own questions (with a little
// spam and a civil critic); a rerun is "· R2", replaces the run still on, and never repeats a text.
// Core's clock runs at 60× here only so the test takes seconds; the rehearsal never changes it.
import { describe, expect, it } from 'vitest';
import type { ChatPlanInput } from '../../../src/shared/chat';
import { call } from '../../helpers/accounts';
import { useTempDir } from '../../helpers/temp-dir';
import { until as untilDone, useTrainingCores } from '../../helpers/training-core';

const tempDir = useTempDir();
const cores = useTrainingCores(tempDir);
const until = <T,>(what: string, probe: () => Promise<T | null>, timeoutMs = 90_000): Promise<T> => untilDone(what, probe, timeoutMs, 200);

const MINUTE = 60_000;


describe('rehearsing a planned chat (training sandbox)', () => {
  it('runs the plan compressed on a training host, leaves the real chat alone, and reruns with marked texts', async () => {
    const core = cores.start();
    await call(core, 'training.start', {});
    const accounts = await call(core, 'training.connect', {});
    const host = accounts.find((account) => account.training && account.kind === 'corporate');
    if (!host) throw new Error('no training corporate account');

    const startsAt = new Date(Date.now() + 24 * 60 * MINUTE).toISOString();
    const plan: ChatPlanInput = {
      name: 'Winter pressures',
      hashtag: '#Improve4Patients',
      hostAccountId: host.id,
      startsAt,
      zone: 'Europe/London',
      durationMinutes: 60,
      questions: [
        { text: 'What helps your team most in winter?', offsetMinutes: 0 },
        { text: 'How do you keep patients informed about waits?', offsetMinutes: 15 },
        { text: 'What would you change about discharge?', offsetMinutes: 30 },
        { text: 'What will you try this week?', offsetMinutes: 45 },
      ],
      welcome: 'Welcome to tonight’s chat on winter pressures',
      closing: 'Thank you all, that’s a wrap',
    };
    const draft = await call(core, 'chat.save', { plan });
    const real = await call(core, 'chat.schedule', { id: draft.id, confirmedAccountIds: [host.id] });
    const realBefore = JSON.stringify({ ...real, updatedAt: null });

    // Bad input is refused naming the field.
    await expect(core.dispatch('chat.rehearse', { id: real.id, speed: 7 })).resolves.toMatchObject({ ok: false, error: { message: expect.stringMatching(/speed/) } });

    const rehearsal = await call(core, 'chat.rehearse', { id: real.id, speed: 30 });
    expect(rehearsal.id).not.toBe(real.id);
    expect(rehearsal.rehearsalOf).toBe(real.id);
    expect(rehearsal.name).toBe('Rehearsal of Winter pressures (1)');
    expect(rehearsal.hostAccountId).toBe(host.id);
    // 0, 15, 30, 45 of 60 minutes at 30×: whole minutes, in order, a minute apart at least.
    expect(rehearsal.questions.map((question) => question.offsetMinutes)).toEqual([0, 1, 2, 3]);
    expect(rehearsal.durationMinutes).toBe(5);
    expect(Date.parse(rehearsal.startsAt) - Date.now()).toBeLessThan(2 * MINUTE);
    expect(rehearsal.questionPosts.map((question) => question.post.text)).toEqual(plan.questions.map((question, index) => `Q${index + 1} ${question.text} · R1 #Improve4Patients`));
    expect(rehearsal.welcomePost?.text).toBe('Welcome to tonight’s chat on winter pressures · R1 #Improve4Patients');
    const summaries = await call(core, 'chat.list', {});
    expect(summaries.find((summary) => summary.id === rehearsal.id)?.rehearsalOf).toBe(real.id);
    expect(summaries.find((summary) => summary.id === real.id)?.rehearsalOf).toBeNull();

    const server = core.training.server();
    if (!server) throw new Error('training sandbox not running');
    // The community answers the chat's own questions, under the right number.
    const done = await until('the rehearsal’s closing post', async () => {
      const chat = await call(core, 'chat.get', { id: rehearsal.id });
      return chat.closingPost?.state === 'sent' ? chat : null;
    });
    for (const question of done.questionPosts) expect(server.world.posts.get(question.post.remoteId ?? '')?.text).toBe(question.post.text);
    const run = server.simulator.chats().at(-1);
    if (!run) throw new Error('the sandbox ran no chat');
    expect(run.questionPostIds()).toEqual(done.questionPosts.map((question) => question.post.remoteId));
    const entries = await until('answers to every question, a spam post and the critic', async () => {
      const feed = await call(core, 'chat.feed', { id: rehearsal.id });
      const answered = [1, 2, 3, 4].every((n) => feed.entries.some((entry) => entry.kind === 'answer' && entry.question === n));
      const kinds = new Set(feed.entries.flatMap((entry) => (entry.moderation ? [entry.moderation.kind] : [])));
      return answered && kinds.has('spam') && kinds.has('critical') ? feed.entries : null;
    });
    expect(entries.filter((entry) => entry.kind === 'question').map((entry) => entry.question)).toEqual([1, 2, 3, 4]);

    // The real chat is as it was: plan, times, posts, and nothing in its feed.
    const realAfter = await call(core, 'chat.get', { id: real.id });
    expect(JSON.stringify({ ...realAfter, updatedAt: null })).toBe(realBefore);
    expect((await call(core, 'chat.feed', { id: real.id })).entries).toEqual([]);

    // A rerun (asked from the rehearsal itself) is run 2 of the real chat, with texts X has not seen.
    const again = await call(core, 'chat.rehearse', { id: rehearsal.id, speed: 30 });
    expect(again.rehearsalOf).toBe(real.id);
    expect(again.name).toBe('Rehearsal of Winter pressures (2)');
    expect(again.questionPosts[0]?.post.text).toBe('Q1 What helps your team most in winter? · R2 #Improve4Patients');
    const second = await until('the rerun’s Q1 out', async () => {
      const chat = await call(core, 'chat.get', { id: again.id });
      return chat.questionPosts[0]?.post.state === 'sent' ? chat : null;
    });
    expect(second.questionPosts[0]?.post.lastError).toBeNull();
    expect((await call(core, 'chat.get', { id: real.id })).state).toBe('scheduled');
  }, 180_000);
});
