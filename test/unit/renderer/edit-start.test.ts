// A queued post opened for editing: every part with its media and alt text, its time kept, and the
// parts already on X (a thread that stopped part-way) marked so they stay as they went out.
import { describe, expect, it } from 'vitest';
import type { QueuedPost } from '../../../src/shared/queue';
import { keptTimeLabel, partsOnX, stateFromPost } from '../../../src/renderer/src/compose/edit-start';
import { scopeOf } from '../../../src/renderer/src/compose/composer-scope';

const post = (overrides: Partial<QueuedPost> = {}): QueuedPost => ({
  id: 'q1',
  accountId: 'acc-h',
  state: 'scheduled',
  parts: [
    { text: 'Part one', media: [{ id: 'm1', name: 'ward.png', mimeType: 'image/png', kind: 'photo', bytes: 10, altText: 'A ward' }] },
    { text: 'Part two', media: [] },
  ],
  replyToId: null,
  quoteOfId: null,
  // 09:30 in London in summer time (BST, UTC+1).
  dueAt: '2026-06-01T08:30:00.000Z',
  zone: 'Europe/London',
  graceMinutes: 20,
  remoteIds: [null, null],
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  groupId: null,
  createdAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
  ...overrides,
});

describe('editing a queued post in the composer', () => {
  it('fills every part, image and alt text, keeps the time and grace, and posts as its account only', () => {
    const state = stateFromPost(post(), 'Europe/London', new Date('2026-05-20T12:00:00Z'));
    expect(state.accountIds).toEqual(['acc-h']);
    expect(state.shared.map((part) => part.text)).toEqual(['Part one', 'Part two']);
    expect(state.shared[0]?.media).toEqual([{ ref: expect.objectContaining({ id: 'm1', altText: 'A ward' }), previewUrl: null }]);
    expect(state.schedule).toMatchObject({ mode: 'keep', date: '2026-06-01', time: '09:30', graceMinutes: 20 });
    expect(keptTimeLabel(post(), () => 'Mon 1 Jun, 09:30')).toBe('Keep its time: Mon 1 Jun, 09:30');
    expect(keptTimeLabel(post({ state: 'draft', dueAt: null }), () => '')).toBe('Keep it as a draft (no time)');
  });

  it('marks the parts of a thread already on X', () => {
    const stopped = post({ state: 'failed', remoteIds: ['1900000000000000001', null] });
    const state = stateFromPost(stopped, 'Europe/London', new Date());
    const onX = partsOnX(stopped);
    expect(state.shared.filter((part) => onX.has(part.key)).map((part) => part.text)).toEqual(['Part one']);
  });

  it('keeps unsaved text per place of writing', () => {
    expect(scopeOf(post(), undefined)).toEqual({ kind: 'edit', postId: 'q1' });
    expect(scopeOf(undefined, { accountId: 'acc-h', replyTo: '19' })).toEqual({ kind: 'reply', network: 'x', accountId: 'acc-h', postId: '19' });
    expect(scopeOf(undefined, undefined)).toEqual({ kind: 'new' });
  });
});
