import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../src/shared/accounts';
import type { Measured } from '../../../src/shared/compose';
import type { MediaRef } from '../../../src/shared/queue';
import { composerChecks, isBlocked } from '../../../src/renderer/src/compose/checks';
import {
  composerReducer,
  hasContent,
  initialComposerState,
  partsOf,
  threadIdFor,
  type ComposerAction,
  type ComposerState,
} from '../../../src/renderer/src/compose/composer-state';
import { fromUnsavedContent, toUnsavedContent } from '../../../src/renderer/src/compose/unsaved-content';
import { buildCreateInput, errorTargetOf } from '../../../src/renderer/src/compose/publish-request';
import { slotId } from '../../../src/renderer/src/compose/slots';

function account(handle: string, overrides: Partial<AccountSummary> = {}): AccountSummary {
  return {
    id: `id-${handle}`,
    network: 'x',
    userId: `u-${handle}`,
    handle,
    displayName: handle,
    kind: 'corporate',
    colour: '#005eb8',
    avatarUrl: null,
    status: 'active',
    statusNote: null,
    training: true,
    confirmBeforePosting: true,
    requireAltText: true,
    ...overrides,
  };
}

const horizons = account('HorizonsNHS');
const sch = account('Sch4Change');
const sam = account('sam_comms', { kind: 'personal', confirmBeforePosting: false, requireAltText: false });

const photo = (id: string, altText: string | null = null): MediaRef => ({ id, name: `${id}.png`, mimeType: 'image/png', kind: 'photo', bytes: 10, altText });

function run(actions: ComposerAction[], start = initialComposerState({ date: '2026-11-25', time: '15:00' })): ComposerState {
  return actions.reduce(composerReducer, start);
}

describe('composer state', () => {
  it('writes, adds, reorders and removes thread parts', () => {
    const state = run([
      { type: 'setText', thread: 'shared', key: 'p1', text: 'one' },
      { type: 'addPart', thread: 'shared', key: 'p2' },
      { type: 'setText', thread: 'shared', key: 'p2', text: 'two' },
      { type: 'addPart', thread: 'shared', key: 'p3' },
      { type: 'movePart', thread: 'shared', key: 'p2', by: -1 },
      { type: 'movePart', thread: 'shared', key: 'p2', by: -1 },
    ]);
    expect(state.shared.map((part) => part.text)).toEqual(['two', 'one', '']);
    const removed = run([{ type: 'removePart', thread: 'shared', key: 'p3' }, { type: 'removePart', thread: 'shared', key: 'p1' }], state);
    expect(removed.shared.map((part) => part.key)).toEqual(['p2']);
    // The last part cannot be removed.
    expect(run([{ type: 'removePart', thread: 'shared', key: 'p2' }], removed).shared).toHaveLength(1);
  });

  it('customises a copy of the shared thread for one account, and drops it again', () => {
    const state = run([
      { type: 'toggleAccount', accountId: horizons.id },
      { type: 'toggleAccount', accountId: sch.id },
      { type: 'setText', thread: 'shared', key: 'p1', text: 'for both' },
      { type: 'customise', accountId: sch.id, on: true },
      { type: 'setText', thread: { accountId: sch.id }, key: 'p1', text: 'for schools' },
    ]);
    expect(threadIdFor(state, horizons.id)).toBe('shared');
    expect(partsOf(state, threadIdFor(state, sch.id))[0]?.text).toBe('for schools');
    expect(state.shared[0]?.text).toBe('for both');
    const input = buildCreateInput(state, { kind: 'now' }, [horizons.id]);
    expect(input.posts).toEqual([
      { accountId: horizons.id, parts: [{ text: 'for both', mediaIds: [] }] },
      { accountId: sch.id, parts: [{ text: 'for schools', mediaIds: [] }] },
    ]);
    expect(input.confirmedAccountIds).toEqual([horizons.id]);
    expect(threadIdFor(run([{ type: 'customise', accountId: sch.id, on: false }], state), sch.id)).toBe('shared');
  });

  it('keeps alt text with the file wherever it is attached', () => {
    const state = run([
      { type: 'addMedia', thread: 'shared', key: 'p1', media: { ref: photo('m1'), previewUrl: null } },
      { type: 'toggleAccount', accountId: horizons.id },
      { type: 'customise', accountId: horizons.id, on: true },
      { type: 'setAltText', mediaId: 'm1', altText: 'A nurse at the ward desk' },
    ]);
    expect(state.shared[0]?.media[0]?.ref.altText).toBe('A nurse at the ward desk');
    expect(state.variants[horizons.id]?.[0]?.media[0]?.ref.altText).toBe('A nurse at the ward desk');
  });

  it('resets the DST choice when the wall time changes', () => {
    const state = run([{ type: 'setSchedule', patch: { mode: 'at', occurrence: 'later' } }]);
    expect(state.schedule.occurrence).toBe('later');
    expect(run([{ type: 'setSchedule', patch: { time: '01:30' } }], state).schedule.occurrence).toBeNull();
  });
});

describe('checks before publishing', () => {
  const length = (weightedLength: number): Measured => ({ weightedLength, max: 280, valid: weightedLength <= 280 && weightedLength > 0 });

  it('blocks an image without alt text where the account requires it, and only advises elsewhere', () => {
    const withImage = run([
      { type: 'setText', thread: 'shared', key: 'p1', text: 'Hello' },
      { type: 'addMedia', thread: 'shared', key: 'p1', media: { ref: photo('m1'), previewUrl: null } },
    ]);
    const strict = composerChecks(run([{ type: 'toggleAccount', accountId: horizons.id }], withImage), [horizons], {});
    expect(strict.map((check) => check.severity)).toEqual(['blocking']);
    expect(strict[0]?.message).toMatch(/@HorizonsNHS requires alt text/);
    const relaxed = composerChecks(run([{ type: 'toggleAccount', accountId: sam.id }], withImage), [sam], {});
    expect(relaxed.map((check) => check.severity)).toEqual(['warning']);
    expect(isBlocked(relaxed)).toBe(false);
  });

  it('offers the CamelCase hashtag as a one-click fix, and blocks over-long or empty parts', () => {
    const state = run([
      { type: 'toggleAccount', accountId: horizons.id },
      { type: 'setText', thread: 'shared', key: 'p1', text: 'Join #improve4patients' },
      { type: 'addPart', thread: 'shared', key: 'p2' },
    ]);
    const checks = composerChecks(state, [horizons], { [slotId('shared', 'p1')]: length(300) });
    const tag = checks.find((check) => check.fix);
    expect(tag?.fix).toMatchObject({ label: 'Use #Improve4Patients', partKey: 'p1' });
    expect(checks.find((check) => check.id.endsWith(':long'))?.message).toBe("Part 1 is 20 characters over X's limit of 280.");
    expect(checks.find((check) => check.id.endsWith(':empty'))?.message).toMatch(/^Part 2 is empty/);
  });

  it('refuses no account, a training and a live account together, and a bad reply address', () => {
    const state = run([{ type: 'setText', thread: 'shared', key: 'p1', text: 'Hi' }, { type: 'setReference', field: 'replyTo', value: 'nope' }]);
    expect(composerChecks(state, [], {}).map((check) => check.id)).toEqual(['no-account', 'replyTo']);
    const live = account('live_one', { training: false });
    expect(composerChecks(state, [horizons, live], {}).map((check) => check.id)).toContain('mixed');
  });
});

describe('core errors go next to the control they name', () => {
  const state = run([
    { type: 'toggleAccount', accountId: horizons.id },
    { type: 'toggleAccount', accountId: sch.id },
    { type: 'addPart', thread: 'shared', key: 'p2' },
    { type: 'customise', accountId: sch.id, on: true },
  ]);

  it('maps field paths to parts and fields', () => {
    expect(errorTargetOf('posts.1.parts.1.text', state)).toEqual({ kind: 'slot', slot: slotId({ accountId: sch.id }, 'p2') });
    expect(errorTargetOf('posts.0.parts.0.mediaIds', state)).toEqual({ kind: 'slot', slot: slotId('shared', 'p1') });
    expect(errorTargetOf('replyToId', state)).toEqual({ kind: 'field', field: 'replyTo' });
    expect(errorTargetOf('when.dueAt', state)).toEqual({ kind: 'field', field: 'schedule' });
    expect(errorTargetOf('graceMinutes', state)).toEqual({ kind: 'field', field: 'grace' });
    expect(errorTargetOf('(input)', state)).toEqual({ kind: 'form' });
  });
});

describe('drafts', () => {
  it('round-trips the composer state without local previews', () => {
    const state = run([
      { type: 'toggleAccount', accountId: horizons.id },
      { type: 'setText', thread: 'shared', key: 'p1', text: 'Draft text' },
      { type: 'addMedia', thread: 'shared', key: 'p1', media: { ref: photo('m1', 'alt'), previewUrl: 'blob:x' } },
      { type: 'setSchedule', patch: { mode: 'at', graceMinutes: 30 } },
    ]);
    const content = JSON.parse(JSON.stringify(toUnsavedContent(state))) as Record<string, unknown>;
    const back = fromUnsavedContent(content, initialComposerState({ date: '2026-01-01', time: '09:00' }));
    expect(back?.shared[0]?.media[0]).toEqual({ ref: photo('m1', 'alt'), previewUrl: null });
    expect(back?.schedule).toMatchObject({ mode: 'at', graceMinutes: 30, date: '2026-11-25' });
    expect(back?.accountIds).toEqual([horizons.id]);
    expect(hasContent(state)).toBe(true);
  });

  it('refuses what is not one of its drafts', () => {
    const fallback = initialComposerState({ date: '2026-01-01', time: '09:00' });
    expect(fromUnsavedContent({ version: 99 }, fallback)).toBeNull();
    expect(fromUnsavedContent({ version: 1, shared: 'nope' }, fallback)).toBeNull();
    expect(hasContent(fallback)).toBe(false);
  });
});
