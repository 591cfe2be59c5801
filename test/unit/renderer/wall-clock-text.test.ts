// The date and time fields' text: the app's locale decides the order (en-GB day first), a 24-hour
// clock always, and arrow keys step the part under the caret.
import { describe, expect, it } from 'vitest';
import { displayOf, invalidMessage, segmentBounds, stepValue, valueOf } from '../../../src/renderer/src/shell/wall-clock-text';

describe('date and time field text', () => {
  it('shows and reads dates in the locale order, whatever the browser', () => {
    expect(displayOf('date', '2026-12-03', 'en-GB')).toBe('03/12/2026');
    expect(displayOf('date', '2026-12-03', 'en-US')).toBe('12/03/2026');
    expect(displayOf('date', '', 'en-GB')).toBe('');
    expect(valueOf('date', '03/12/2026', 'en-GB')).toBe('2026-12-03');
    expect(valueOf('date', '3/12/2026', 'en-GB')).toBe('2026-12-03');
    expect(valueOf('date', '03.12.2026', 'en-GB')).toBe('2026-12-03');
    expect(valueOf('date', '12/03/2026', 'en-US')).toBe('2026-12-03');
    for (const bad of ['31/02/2026', '03/13/2026', '03/12/26', '2026-12-03', '03/12', 'tomorrow', '']) expect(valueOf('date', bad, 'en-GB')).toBeNull();
    expect(invalidMessage('date', 'en-GB')).toBe('Enter a date that exists as dd/mm/yyyy, such as 03/12/2026.');
  });

  it('reads a 24-hour time and nothing else', () => {
    expect(valueOf('time', '14:30', 'en-GB')).toBe('14:30');
    expect(valueOf('time', '9:05', 'en-GB')).toBe('09:05');
    for (const bad of ['24:00', '14:60', '2pm', '14:30:00', '1430', '']) expect(valueOf('time', bad, 'en-GB')).toBeNull();
  });

  it('steps the part under the caret: day, month, year; hour, minute round the clock', () => {
    const text = '31/01/2026';
    expect(stepValue('date', '2026-01-31', text, 0, 1, 'en-GB')).toEqual({ value: '2026-02-01', segment: 0 });
    // A month on from 31 January is the last day of February.
    expect(stepValue('date', '2026-01-31', text, 4, 1, 'en-GB')).toEqual({ value: '2026-02-28', segment: 1 });
    expect(stepValue('date', '2026-01-31', text, 10, -1, 'en-GB')).toEqual({ value: '2025-01-31', segment: 2 });
    // In en-US the first part is the month.
    expect(stepValue('date', '2026-12-31', '12/31/2026', 0, 1, 'en-US')).toEqual({ value: '2027-01-31', segment: 0 });
    expect(stepValue('time', '23:59', '23:59', 5, 1, 'en-GB')).toEqual({ value: '00:00', segment: 1 });
    expect(stepValue('time', '00:10', '00:10', 1, -1, 'en-GB')).toEqual({ value: '23:10', segment: 0 });
    expect(stepValue('date', '', '', 0, 1, 'en-GB')).toBeNull();
    expect(segmentBounds('03/12/2026', 1)).toEqual([3, 5]);
    expect(segmentBounds('14:30', 1)).toEqual([3, 5]);
  });
});
