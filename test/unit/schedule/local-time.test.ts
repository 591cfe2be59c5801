import { describe, expect, it } from 'vitest';
import { resolveLocal } from '../../../src/main/core/schedule/local-time';

describe('resolveLocal', () => {
  it('turns London wall times into UTC instants in winter and in summer', () => {
    expect(resolveLocal('2026-01-15T09:00', 'Europe/London')).toEqual({ kind: 'ok', dueAt: '2026-01-15T09:00:00.000Z', label: 'Thursday 15 January 2026, 09:00 GMT (UTC+0)' });
    expect(resolveLocal('2026-07-15T09:00', 'Europe/London')).toMatchObject({ kind: 'ok', dueAt: '2026-07-15T08:00:00.000Z', label: 'Wednesday 15 July 2026, 09:00 BST (UTC+1)' });
  });

  it('schedules 09:00 London on both DST days at 08:00Z (spring) and 09:00Z (autumn)', () => {
    expect(resolveLocal('2026-03-29T09:00', 'Europe/London')).toMatchObject({ kind: 'ok', dueAt: '2026-03-29T08:00:00.000Z' });
    expect(resolveLocal('2026-10-25T09:00', 'Europe/London')).toMatchObject({ kind: 'ok', dueAt: '2026-10-25T09:00:00.000Z' });
  });

  it('says a time skipped when the clocks go forward does not exist, and suggests the first instant after', () => {
    const result = resolveLocal('2026-03-29T01:30', 'Europe/London');
    expect(result).toEqual({
      kind: 'nonexistent',
      message: expect.stringContaining('29 March 2026 01:30 does not exist in Europe/London'),
      suggestion: { dueAt: '2026-03-29T01:00:00.000Z', label: '02:00 BST (UTC+1)' },
    });
    // The edges of the gap: 00:59 and 02:00 exist, 01:00 does not.
    expect(resolveLocal('2026-03-29T00:59', 'Europe/London')).toMatchObject({ kind: 'ok', dueAt: '2026-03-29T00:59:00.000Z' });
    expect(resolveLocal('2026-03-29T01:00', 'Europe/London').kind).toBe('nonexistent');
    expect(resolveLocal('2026-03-29T02:00', 'Europe/London')).toMatchObject({ kind: 'ok', dueAt: '2026-03-29T01:00:00.000Z' });
  });

  it('asks which one when the clocks go back, and takes the choice', () => {
    expect(resolveLocal('2026-10-25T01:30', 'Europe/London')).toEqual({
      kind: 'ambiguous',
      message: expect.stringContaining('happens twice'),
      options: [
        { dueAt: '2026-10-25T00:30:00.000Z', label: '01:30 BST (UTC+1)' },
        { dueAt: '2026-10-25T01:30:00.000Z', label: '01:30 GMT (UTC+0)' },
      ],
    });
    expect(resolveLocal('2026-10-25T01:30', 'Europe/London', 'earlier')).toMatchObject({ kind: 'ok', dueAt: '2026-10-25T00:30:00.000Z', label: expect.stringContaining('01:30 BST (UTC+1)') });
    expect(resolveLocal('2026-10-25T01:30', 'Europe/London', 'later')).toMatchObject({ kind: 'ok', dueAt: '2026-10-25T01:30:00.000Z', label: expect.stringContaining('01:30 GMT (UTC+0)') });
    // A choice for a time that is not ambiguous changes nothing.
    expect(resolveLocal('2026-10-25T09:00', 'Europe/London', 'later')).toMatchObject({ kind: 'ok', dueAt: '2026-10-25T09:00:00.000Z' });
  });

  it('works in other zones, including half-hour offsets', () => {
    // New York springs forward on 8 March 2026 at 02:00 EST.
    expect(resolveLocal('2026-03-08T02:30', 'America/New_York')).toMatchObject({ kind: 'nonexistent', suggestion: { dueAt: '2026-03-08T07:00:00.000Z', label: '03:00 (UTC-4)' } });
    expect(resolveLocal('2026-11-01T01:30', 'America/New_York')).toMatchObject({
      kind: 'ambiguous',
      options: [{ dueAt: '2026-11-01T05:30:00.000Z' }, { dueAt: '2026-11-01T06:30:00.000Z' }],
    });
    expect(resolveLocal('2026-06-01T09:00', 'Asia/Kolkata')).toMatchObject({ kind: 'ok', dueAt: '2026-06-01T03:30:00.000Z', label: expect.stringContaining('(UTC+5:30)') });
  });

  it('refuses an unknown zone and impossible dates as invalid input', () => {
    expect(() => resolveLocal('2026-01-15T09:00', 'Europe/Londres')).toThrow(expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('Europe/Londres') }));
    expect(() => resolveLocal('2026-02-30T09:00', 'Europe/London')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => resolveLocal('2026-01-15T24:00', 'Europe/London')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
