import { describe, expect, it } from 'vitest';
import { itemPermissions, localPermissions, REASONS } from '../../../src/main/core/columns/permissions';
import { actionLayout, permissionFor } from '../../../src/renderer/src/columns/item-actions';
import { applyItemChanges } from '../../../src/renderer/src/columns/item-changes';
import { isXAddress, postTarget, profileTarget } from '../../../src/renderer/src/columns/in-app-view';
import { mergeFollowed, postOutcome } from '../../../src/renderer/src/compose/post-outcome';
import type { QueuedPost } from '../../../src/shared/queue';
import { columnItem, itemAuthor } from '../../helpers/items';

function queued(patch: Partial<QueuedPost> = {}): QueuedPost {
  return {
    id: 'q1',
    accountId: 'a1',
    state: 'sending',
    parts: [{ text: 'Clinic open till 8', media: [] }],
    replyToId: null,
    quoteOfId: null,
    dueAt: '2026-12-02T10:00:00.000Z',
    zone: 'Europe/London',
    graceMinutes: 15,
    remoteIds: [null],
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    groupId: null,
    createdAt: '2026-12-02T10:00:00.000Z',
    updatedAt: '2026-12-02T10:00:00.000Z',
    ...patch,
  };
}

describe('items.changed in a column', () => {
  const shown = [columnItem('1', { accountId: 'a1' }), columnItem('2', { accountId: 'a1' }), columnItem('2', { accountId: 'a2' })];

  it('updates the post of the same account in place, not the same post received by another account', () => {
    const { items, returning } = applyItemChanges(shown, [columnItem('2', { accountId: 'a1', handled: true })], false);
    expect(items.map((item) => [item.accountId, item.id, item.handled])).toEqual([
      ['a1', '1', false],
      ['a1', '2', true],
      ['a2', '2', false],
    ]);
    expect(returning).toBe(false);
  });

  it('lets a handled post go from a column that hides them, and asks to read again when one comes back', () => {
    expect(applyItemChanges(shown, [columnItem('1', { accountId: 'a1', handled: true })], true).items.map((item) => item.id)).toEqual(['2', '2']);
    expect(applyItemChanges(shown, [columnItem('9', { accountId: 'a1', handled: false })], true).returning).toBe(true);
    // Nothing it shows changed: the same array (no re-render).
    expect(applyItemChanges(shown, [columnItem('9', { accountId: 'a1' })], false).items).toBe(shown);
  });
});

describe('handled, by capability', () => {
  it('is offered on posts that are on X and refused, with the reason, on posts not on X yet', () => {
    expect(permissionFor(columnItem('1'), 'handled')).toEqual({ ok: true, reason: null });
    const scheduled = columnItem('queue-id', { allowed: localPermissions() });
    expect(permissionFor(scheduled, 'handled')).toEqual({ ok: false, reason: REASONS.local });
    expect(actionLayout(scheduled).row).toEqual([]);
  });

  it('never sends a training account to x.com to block its simulated people', () => {
    const facts = { ownUserId: 'u1', ownHandle: 'sam_comms', authorId: 'u2', mentions: [], quotedAuthorId: null, inReplyToUserId: null, conversationRootAuthorId: null, plan: 'pay-per-use' as const, likesExcludedReason: null };
    expect(itemPermissions(facts).block.reason).toBe(REASONS.block);
    expect(itemPermissions({ ...facts, training: true }).block.reason).toBe(REASONS.blockTraining);
    expect(REASONS.blockTraining).not.toMatch(/x\.com/);
  });
});

describe('the post-now notice', () => {
  const account = { handle: 'HorizonsNHS' };

  it('says posting, then posted with the X id, or what failed and what to do', () => {
    expect(postOutcome(queued(), account, 'Europe/London', 'en-GB')).toMatchObject({ kind: 'sending', text: 'Posting as @HorizonsNHS…', remoteId: null });
    expect(postOutcome(queued({ state: 'sent', remoteIds: ['1234'] }), account, 'Europe/London', 'en-GB')).toMatchObject({ kind: 'posted', text: 'Posted ✓ as @HorizonsNHS', remoteId: '1234' });
    const failed = postOutcome(queued({ state: 'failed', lastError: { code: 'duplicate', message: 'X refused a duplicate post.' } }), account, 'Europe/London', 'en-GB');
    expect(failed.text).toBe('Not posted as @HorizonsNHS: X refused a duplicate post.');
    expect(failed.advice).toMatch(/Failed and held/);
    const retry = postOutcome(
      queued({ state: 'scheduled', lastError: { code: 'rate_limited', message: 'X is busy.' }, nextAttemptAt: '2026-07-01T13:05:00.000Z' }),
      account,
      'Europe/London',
      'en-GB',
    );
    // 13:05 UTC is 14:05 in London in summer.
    expect(retry).toMatchObject({ kind: 'retrying', advice: 'Columns tries again at 14:05; nothing to do.' });
    expect(postOutcome(queued({ state: 'scheduled', lastError: { code: 'auth', message: 'Sign-in expired.' } }), account, 'Europe/London', 'en-GB').advice).toMatch(/Reconnect @HorizonsNHS/);
  });

  it('follows only its own posts, newer rows replacing older', () => {
    const followed = [queued()];
    const sent = queued({ state: 'sent', remoteIds: ['1'], updatedAt: '2026-12-02T10:00:01.000Z' });
    expect(mergeFollowed(followed, [queued({ id: 'other', state: 'sent' })])).toBe(followed);
    expect(mergeFollowed(followed, [sent])[0]?.state).toBe('sent');
    expect(mergeFollowed([sent], [queued({ updatedAt: '2026-12-02T09:59:59.000Z' })])[0]?.state).toBe('sent');
  });
});

describe('where a post and a profile open', () => {
  const post = { id: '42', author: itemAuthor('nurse_jo'), text: 'hi', segments: null, createdAt: '2026-12-02T10:00:00.000Z' };

  it('opens a live account’s post on x.com by its X id, a training account’s (or an unknown account’s) inside the app', () => {
    expect(postTarget(post, { training: false })).toEqual({ kind: 'web', href: 'https://x.com/nurse_jo/status/42' });
    expect(postTarget(post, { training: true })).toEqual({ kind: 'in-app', view: { kind: 'post', post } });
    expect(postTarget(post, undefined).kind).toBe('in-app');
    expect(profileTarget(post.author, { training: false })).toEqual({ kind: 'web', href: 'https://x.com/nurse_jo' });
    expect(profileTarget(post.author, { training: true }).kind).toBe('in-app');
  });

  it('knows X’s own addresses', () => {
    for (const url of ['https://x.com/a', 'https://www.twitter.com/a', 'https://t.co/abc', 'http://mobile.twitter.com/x']) expect(isXAddress(url)).toBe(true);
    for (const url of ['https://nhs.uk', 'https://x.company.com', 'not a url']) expect(isXAddress(url)).toBe(false);
  });
});
