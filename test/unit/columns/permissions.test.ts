import { describe, expect, it } from 'vitest';
import { itemPermissions, REASONS, type PermissionFacts } from '../../../src/main/core/columns/permissions';

const base: PermissionFacts = {
  ownUserId: '1',
  ownHandle: 'HorizonsNHS',
  authorId: '2',
  mentions: [],
  quotedAuthorId: null,
  inReplyToUserId: null,
  conversationRootAuthorId: null,
  plan: 'enterprise',
  likesExcludedReason: null,
};

describe('itemPermissions (X 2026 rules)', () => {
  it('refuses a reply to an author who did not summon the account, with the reason', () => {
    expect(itemPermissions(base).reply).toEqual({ ok: false, reason: REASONS.replyNotSummoned });
  });

  it.each([
    ['mentioned it (any case)', { mentions: ['horizonsnhs'] }],
    ['quoted it', { quotedAuthorId: '1' }],
    ['replied to it', { inReplyToUserId: '1' }],
    ['is in its thread', { conversationRootAuthorId: '1' }],
  ])('allows a reply when the author %s', (_label, facts) => {
    expect(itemPermissions({ ...base, ...facts }).reply.ok).toBe(true);
  });

  it('offers hide only to the conversation owner, never on its own post', () => {
    expect(itemPermissions(base).hide).toEqual({ ok: false, reason: REASONS.hideNotOwner });
    expect(itemPermissions({ ...base, conversationRootAuthorId: '1' }).hide.ok).toBe(true);
    expect(itemPermissions({ ...base, authorId: '1', conversationRootAuthorId: '1' }).hide).toEqual({ ok: false, reason: REASONS.hideOwn });
  });

  it('disables like and quote up front on pay-per-use, with the reason; repost stays', () => {
    const selfServe = itemPermissions({ ...base, plan: 'pay-per-use' });
    expect(selfServe.like).toEqual({ ok: false, reason: REASONS.planExcludesLikes });
    expect(selfServe.quote).toEqual({ ok: false, reason: REASONS.planExcludesLikes });
    expect(selfServe.repost.ok).toBe(true);
  });

  it('on enterprise allows like and quote until a refusal taught the plan excludes them', () => {
    expect(itemPermissions(base).like.ok).toBe(true);
    const taught = itemPermissions({ ...base, likesExcludedReason: 'not in your plan' });
    expect(taught.like).toEqual({ ok: false, reason: 'not in your plan' });
    expect(taught.quote).toEqual({ ok: false, reason: 'not in your plan' });
    expect(taught.repost.ok).toBe(true);
  });

  it('always disables block with the x.com way, allows mute except of itself', () => {
    expect(itemPermissions(base).block).toEqual({ ok: false, reason: REASONS.block });
    expect(itemPermissions(base).mute.ok).toBe(true);
    expect(itemPermissions({ ...base, authorId: '1' }).mute.ok).toBe(false);
  });
});
