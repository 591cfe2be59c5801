import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/main/core/compose/measure';

describe('measure (twitter-text)', () => {
  it('counts a URL as 23 however long it is', () => {
    expect(measure('https://example.nhs.uk/a/very/long/path/that/goes/on/and/on/for/a/while?x=1').weightedLength).toBe(23);
    expect(measure('See https://x.co').weightedLength).toBe(4 + 23);
  });

  it('counts emoji and CJK as 2, Latin as 1', () => {
    expect(measure('👍').weightedLength).toBe(2);
    expect(measure('👩🏽‍⚕️').weightedLength).toBe(2);
    expect(measure('日本').weightedLength).toBe(4);
    expect(measure('café').weightedLength).toBe(4);
  });

  it('is valid up to 280 and not beyond, nor when empty', () => {
    expect(measure('a'.repeat(280))).toEqual({ weightedLength: 280, max: 280, valid: true });
    expect(measure('a'.repeat(281))).toEqual({ weightedLength: 281, max: 280, valid: false });
    expect(measure('👍'.repeat(140)).valid).toBe(true);
    expect(measure('👍'.repeat(141)).valid).toBe(false);
    expect(measure('').valid).toBe(false);
  });
});
