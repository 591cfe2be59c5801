// A chat's plan through its life, on real SQLite and the real keychain against the HTTPS sandbox:
// validation with the field and the reason, the corporate confirmation, the queued posts (times,
// texts, grace 2 minutes) and the hashtag column, a change of plan that the unsent posts follow, a
// change of shape refused, cancel (posts back to drafts, column gone), delete, and templates.
import { describe, expect, it } from 'vitest';
import type { ChatPlanInput } from '../../../src/shared/chat';
import { call } from '../../helpers/accounts';
import { inMinutes } from '../../helpers/chat-fixtures';
import { useChatHost } from '../../helpers/chat-host';

const chatHost = useChatHost();


describe('chat plans', () => {
  it('validates, confirms, queues, follows changes, cancels, deletes, and keeps templates', async () => {
    const { h, host } = await chatHost.start();

    const plan: ChatPlanInput = {
      name: 'December chat',
      hashtag: 'ColumnsPlanChat',
      hostAccountId: host.id,
      cohosts: ['@Sch4Change'],
      startsAt: inMinutes(60),
      zone: 'Europe/London',
      durationMinutes: 30,
      questions: [
        { text: 'What matters to you?', offsetMinutes: 5 },
        { text: 'What gets in the way?', offsetMinutes: 15 },
      ],
      welcome: 'Welcome, everyone!',
      closing: 'Thank you all.',
    };
    // Bad input names the field; a question too long with its prefix and hashtag is refused whole.
    await expect(call(h.core, 'chat.save', { plan: { ...plan, questions: [{ text: 'a', offsetMinutes: 45 }] } })).rejects.toThrow(/questions\.0\.offsetMinutes.*Q1 is after the chat ends/);
    await expect(call(h.core, 'chat.save', { plan: { ...plan, questions: [{ text: 'x'.repeat(265), offsetMinutes: 5 }] } })).rejects.toThrow(/Q1 is \d+ characters with its prefix and hashtag/);
    const draft = await call(h.core, 'chat.save', { plan });
    expect(draft).toMatchObject({ state: 'draft', hashtag: '#ColumnsPlanChat', cohosts: ['Sch4Change'], columnId: null });
    expect(draft.questionPosts.map((question) => question.post.text)).toEqual(['Q1 What matters to you? #ColumnsPlanChat', 'Q2 What gets in the way? #ColumnsPlanChat']);

    // A corporate host asks for the large-type confirmation first; nothing is queued without it.
    await expect(call(h.core, 'chat.schedule', { id: draft.id })).rejects.toThrow(/@HorizonsNHS asks for confirmation before scheduling a chat/);
    expect(await call(h.core, 'queue.list', {})).toEqual([]);
    const scheduled = await call(h.core, 'chat.schedule', { id: draft.id, confirmedAccountIds: [host.id] });
    expect(scheduled.state).toBe('scheduled');
    const queued = await call(h.core, 'queue.list', { states: ['scheduled'] });
    // One confirmation covered the whole plan, and the audit trail lists every post it covered.
    const trail = await call(h.core, 'confirmations.list', { accountId: host.id });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ path: 'chat_schedule', handle: 'HorizonsNHS', summary: 'chat #ColumnsPlanChat: 4 posts (welcome, Q1, Q2, closing)' });
    expect([...(trail[0]?.subjects ?? [])].sort()).toEqual(queued.map((post) => post.id).sort());
    const start = Date.parse(plan.startsAt);
    expect(queued.map((post) => [post.parts[0]?.text, Date.parse(post.dueAt ?? '') - start, post.graceMinutes, post.accountId])).toEqual([
      ['Welcome, everyone! #ColumnsPlanChat', 0, 2, host.id],
      ['Q1 What matters to you? #ColumnsPlanChat', 5 * 60_000, 2, host.id],
      ['Q2 What gets in the way? #ColumnsPlanChat', 15 * 60_000, 2, host.id],
      ['Thank you all. #ColumnsPlanChat', 30 * 60_000, 2, host.id],
    ]);
    const column = (await call(h.core, 'columns.list', {})).find((candidate) => candidate.id === scheduled.columnId);
    expect(column).toMatchObject({ kind: 'search', query: '#ColumnsPlanChat', accountId: host.id });
    await expect(call(h.core, 'chat.schedule', { id: draft.id, confirmedAccountIds: [host.id] })).rejects.toThrow(/already scheduled/);

    // Changing texts and times moves the unsent posts; changing the number of questions is refused.
    const later = { ...plan, startsAt: inMinutes(90), questions: [plan.questions[0], { text: 'What will you try next?', offsetMinutes: 20 }] } as ChatPlanInput;
    // Moving a corporate host's scheduled posts is confirmed like scheduling them.
    await expect(call(h.core, 'chat.save', { id: draft.id, plan: later })).rejects.toThrow(/confirmation_required: @HorizonsNHS asks for confirmation before rescheduling a post/);
    const moved = await call(h.core, 'chat.save', { id: draft.id, plan: later, confirmedAccountIds: [host.id] });
    expect(moved.questionPosts[1]?.post).toMatchObject({ text: 'Q2 What will you try next? #ColumnsPlanChat', dueAt: new Date(Date.parse(later.startsAt) + 20 * 60_000).toISOString(), state: 'scheduled' });
    expect((await call(h.core, 'queue.list', { states: ['scheduled'] })).map((post) => post.parts[0]?.text)).toContain('Q2 What will you try next? #ColumnsPlanChat');
    await expect(call(h.core, 'chat.save', { id: draft.id, plan: { ...later, questions: [plan.questions[0]] } as ChatPlanInput })).rejects.toThrow(/keeps its host, hashtag and number of posts/);

    // Cancel: the posts wait as drafts, the column goes; delete: the drafts go too.
    const cancelled = await call(h.core, 'chat.cancel', { id: draft.id });
    expect(cancelled).toMatchObject({ state: 'cancelled', columnId: null });
    expect((await call(h.core, 'queue.list', {})).map((post) => post.state)).toEqual(['draft', 'draft', 'draft', 'draft']);
    expect((await call(h.core, 'columns.list', {})).some((candidate) => candidate.id === scheduled.columnId)).toBe(false);
    expect(await call(h.core, 'chat.delete', { id: draft.id })).toEqual([]);
    expect(await call(h.core, 'queue.list', {})).toEqual([]);
    await expect(call(h.core, 'chat.get', { id: draft.id })).rejects.toThrow(/no such chat/);

    // Templates keep everything but the start and the host.
    const { hostAccountId: _host, startsAt: _start, zone: _zone, ...fields } = plan;
    const template = await call(h.core, 'chat.saveTemplate', fields);
    expect(template).toMatchObject({ name: 'December chat', hashtag: '#ColumnsPlanChat', durationMinutes: 30, questions: plan.questions });
    const renamed = await call(h.core, 'chat.saveTemplate', { ...fields, id: template.id, name: 'Monthly chat' });
    expect((await call(h.core, 'chat.templates', {})).map((saved) => [saved.id, saved.name])).toEqual([[template.id, 'Monthly chat']]);
    expect(renamed.id).toBe(template.id);
    expect(await call(h.core, 'chat.deleteTemplate', { id: template.id })).toEqual([]);
    await expect(call(h.core, 'chat.deleteTemplate', { id: template.id })).rejects.toThrow(/no such template/);
  });
});
