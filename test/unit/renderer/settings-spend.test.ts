import { describe, expect, it } from 'vitest';
import { formatUsd, parseCap, parsePrice } from '../../../src/renderer/src/settings/spend-form';

describe('spend settings form', () => {
  it('reads prices in dollars and refuses what the core would', () => {
    expect(parsePrice(' 0.005 ')).toEqual({ ok: true, value: 0.005 });
    expect(parsePrice('$0.2')).toEqual({ ok: true, value: 0.2 });
    expect(parsePrice('')).toEqual({ ok: false, error: 'Enter a price in US dollars, such as 0.005.' });
    expect(parsePrice('-1')).toMatchObject({ ok: false });
    expect(parsePrice('1e3')).toMatchObject({ ok: false });
    expect(parsePrice('101')).toEqual({ ok: false, error: 'A price per item is at most $100.' });
  });

  it('reads the cap, empty meaning none', () => {
    expect(parseCap('')).toEqual({ ok: true, value: null });
    expect(parseCap('1,250')).toEqual({ ok: true, value: 1250 });
    expect(parseCap('lots')).toMatchObject({ ok: false, error: expect.stringMatching(/leave it empty for no cap/) });
    expect(parseCap('2000000')).toMatchObject({ ok: false, error: expect.stringMatching(/at most \$1,000,000/) });
  });

  it('shows small sums with the digits that matter', () => {
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(0.0123)).toBe('$0.0123');
    expect(formatUsd(12.5)).toBe('$12.50');
  });
});
