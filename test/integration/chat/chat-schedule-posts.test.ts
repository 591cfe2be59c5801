// A scheduled chat's posts in the Schedule, through the contract on real SQLite and the real keychain
// against the HTTPS sandbox: queue.list marks each with its chat (and leaves other posts unmarked),
// and editing, rescheduling, discarding or drafting one of them is refused with where to change it,
// while the chat's own change of plan still moves them.
import { describe, expect, it } from 'vitest';
import type { ChatPlanInput } from '../../../src/shared/chat';
import { call } from '../../helpers/accounts';
import { inMinutes } from '../../helpers/chat-fixtures';
import { useChatHost } from '../../helpers/chat-host';

const chatHost = useChatHost();

const REFUSED = /invalid_input: This post is part of the chat “Winter chat”: change it in that chat's plan \(Chats\)\./;

describe('chat posts in the schedule', () => {
  it('are marked with their chat and changed only in its plan', async () => {
    const { h, host } = await chatHost.start({ corporate: false });
    const confirmedAccountIds = [host.id];
    const plan: ChatPlanInput = {
      name: 'Winter chat',
      hashtag: 'ColumnsWinterChat',
      hostAccountId: host.id,
      cohosts: [],
      startsAt: inMinutes(60),
      zone: 'Europe/London',
      durationMinutes: 30,
      questions: [{ text: 'What keeps you well?', offsetMinutes: 10 }],
      welcome: 'Welcome!',
      closing: 'Thanks all.',
    };
    const draft = await call(h.core, 'chat.save', { plan });
    const chat = await call(h.core, 'chat.schedule', { id: draft.id, confirmedAccountIds });
    const [own] = await call(h.core, 'queue.create', { posts: [{ accountId: host.id, parts: [{ text: 'Flu clinic tomorrow' }] }], when: { kind: 'at', dueAt: inMinutes(120), zone: 'Europe/London' }, confirmedAccountIds });
    if (!own) throw new Error('nothing queued');

    const listed = await call(h.core, 'queue.list', { states: ['scheduled'] });
    expect(listed.map((post) => [post.parts[0]?.text, post.chat ?? null])).toEqual([
      ['Welcome! #ColumnsWinterChat', { id: chat.id, name: 'Winter chat', hashtag: '#ColumnsWinterChat' }],
      ['Q1 What keeps you well? #ColumnsWinterChat', { id: chat.id, name: 'Winter chat', hashtag: '#ColumnsWinterChat' }],
      ['Thanks all. #ColumnsWinterChat', { id: chat.id, name: 'Winter chat', hashtag: '#ColumnsWinterChat' }],
      ['Flu clinic tomorrow', null],
    ]);

    const question = listed[1];
    if (!question) throw new Error('no question post');
    await expect(call(h.core, 'queue.edit', { id: question.id, parts: [{ text: 'Changed' }], confirmedAccountIds })).rejects.toThrow(REFUSED);
    await expect(call(h.core, 'queue.reschedule', { id: question.id, dueAt: inMinutes(200), zone: 'Europe/London', confirmedAccountIds, via: 'calendar' })).rejects.toThrow(REFUSED);
    await expect(call(h.core, 'queue.act', { id: question.id, action: 'discard', confirmedAccountIds })).rejects.toThrow(REFUSED);
    await expect(call(h.core, 'queue.act', { id: question.id, action: 'to_draft', confirmedAccountIds })).rejects.toThrow(REFUSED);
    const after = await call(h.core, 'queue.list', { states: ['scheduled'] });
    expect(after.find((post) => post.id === question.id)).toMatchObject({ state: 'scheduled', dueAt: question.dueAt, parts: [{ text: 'Q1 What keeps you well? #ColumnsWinterChat' }] });

    // The chat's own change of plan still moves its posts; a post of one's own still moves as before.
    const later = { ...plan, startsAt: inMinutes(90) };
    await call(h.core, 'chat.save', { id: chat.id, plan: later, confirmedAccountIds });
    const moved = (await call(h.core, 'queue.list', { states: ['scheduled'] })).find((post) => post.id === question.id);
    expect(moved?.dueAt).toBe(new Date(Date.parse(later.startsAt) + 10 * 60_000).toISOString());
    await call(h.core, 'queue.reschedule', { id: own.id, dueAt: inMinutes(200), zone: 'Europe/London', confirmedAccountIds });
    await call(h.core, 'queue.act', { id: own.id, action: 'discard', confirmedAccountIds });

    // Once the chat is cancelled its posts are drafts of one's own again, unmarked.
    await call(h.core, 'chat.cancel', { id: chat.id });
    const drafts = await call(h.core, 'queue.list', { states: ['draft'] });
    expect(drafts.filter((post) => post.chat)).toEqual([]);
    expect(drafts).toHaveLength(3);
  });
});
