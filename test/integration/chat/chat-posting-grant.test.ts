// "Don't ask again for this chat", decided in core on real SQLite and the real keychain against the
// HTTPS sandbox: a corporate host's first chat.post needs the confirmation; confirmed with
// dontAskAgain it records a grant until the chat's end plus its tail, and later chat posts go without
// asking; a queue post as the same account still asks; revoke and cancel end the grant.
import { describe, expect, it } from 'vitest';
import type { ChatPlanInput } from '../../../src/shared/chat';
import { call } from '../../helpers/accounts';
import { inMinutes } from '../../helpers/chat-fixtures';
import { useChatHost } from '../../helpers/chat-host';

const chatHost = useChatHost();

describe('chat posting grant (don’t ask again for this chat)', () => {
  it('skips the confirmation for that chat’s posts only, until revoked or cancelled', async () => {
    const { h, host } = await chatHost.start();

    const plan: ChatPlanInput = {
      name: 'Grant chat',
      hashtag: 'ColumnsGrantChat',
      hostAccountId: host.id,
      cohosts: [],
      startsAt: inMinutes(30),
      zone: 'Europe/London',
      durationMinutes: 30,
      questions: [{ text: 'What matters to you?', offsetMinutes: 5 }],
      welcome: null,
      closing: null,
    };
    const draft = await call(h.core, 'chat.save', { plan });
    const scheduled = await call(h.core, 'chat.schedule', { id: draft.id, confirmedAccountIds: [host.id] });
    expect(scheduled.postingGrant).toBeNull();
    const post = (text: string, extra: { confirmedAccountIds?: string[]; dontAskAgain?: boolean } = {}): ReturnType<typeof call<'chat.post'>> =>
      call(h.core, 'chat.post', { id: draft.id, accountId: host.id, text, ...extra });

    // First post: refused without the confirmation; confirmed with dontAskAgain it goes and grants.
    await expect(post('First')).rejects.toThrow(/confirmation_required: @HorizonsNHS asks for confirmation/);
    // dontAskAgain alone is not a confirmation.
    await expect(post('First', { dontAskAgain: true })).rejects.toThrow(/confirmation_required/);
    const first = await post('First', { confirmedAccountIds: [host.id], dontAskAgain: true });
    expect(first.parts[0]?.text).toBe('First #ColumnsGrantChat');
    const granted = await call(h.core, 'chat.get', { id: draft.id });
    const end = Date.parse(plan.startsAt) + (30 + 15) * 60_000;
    expect(granted.postingGrant).toEqual({ id: expect.any(String), accountId: host.id, expiresAt: new Date(end).toISOString() });

    // Second post: no confirmation needed for this chat.
    const second = await post('Second');
    expect(second.parts[0]?.text).toBe('Second #ColumnsGrantChat');
    // The audit trail says it went out under the grant.
    const trail = await call(h.core, 'confirmations.list', { accountId: host.id });
    expect(trail.find((row) => row.subjects.includes(second.id))).toMatchObject({ path: 'chat_post', summary: expect.stringMatching(/without asking \(don't ask again for chat #ColumnsGrantChat\)/) });

    // Another chat of the same host is not covered.
    const other = await call(h.core, 'chat.save', { plan: { ...plan, name: 'Other chat', hashtag: 'ColumnsOtherChat', startsAt: inMinutes(120) } });
    await call(h.core, 'chat.schedule', { id: other.id, confirmedAccountIds: [host.id] });
    await expect(call(h.core, 'chat.post', { id: other.id, accountId: host.id, text: 'Elsewhere' })).rejects.toThrow(/confirmation_required/);

    // Any other publishing path as the same account still asks.
    await expect(call(h.core, 'queue.create', { posts: [{ accountId: host.id, parts: [{ text: 'Not the chat', mediaIds: [] }] }], when: { kind: 'now' } })).rejects.toThrow(
      /confirmation_required: @HorizonsNHS asks for confirmation/,
    );

    // Revoke ("Ask again"): the next chat post asks again.
    const revoked = await call(h.core, 'chat.revokeGrant', { id: granted.postingGrant?.id ?? 'missing' });
    expect(revoked.postingGrant).toBeNull();
    await expect(post('Third')).rejects.toThrow(/confirmation_required/);
    await expect(call(h.core, 'chat.revokeGrant', { id: granted.postingGrant?.id ?? 'missing' })).rejects.toThrow(/id: there is no such grant/);

    // Granted again, then the chat is cancelled: the grant goes with it.
    await post('Third', { confirmedAccountIds: [host.id], dontAskAgain: true });
    expect((await call(h.core, 'chat.get', { id: draft.id })).postingGrant?.accountId).toBe(host.id);
    const cancelled = await call(h.core, 'chat.cancel', { id: draft.id });
    expect(cancelled.postingGrant).toBeNull();
    await expect(post('Fourth')).rejects.toThrow(/confirmation_required/);
  });
});
