import { describe, expect, it } from 'vitest';
import { parsePostReference, postIdOf } from '../../../src/renderer/src/compose/post-reference';

describe('reply-to and quote accept a post address or id', () => {
  it('reads ids and the addresses people paste', () => {
    expect(postIdOf('1790000000000000001')).toBe('1790000000000000001');
    expect(postIdOf(' https://x.com/HorizonsNHS/status/1790000000000000001 ')).toBe('1790000000000000001');
    expect(postIdOf('https://twitter.com/sam_comms/status/42?s=20')).toBe('42');
    expect(postIdOf('x.com/i/web/status/123')).toBe('123');
    expect(postIdOf('https://mobile.twitter.com/a/statuses/99/photo/1')).toBe('99');
  });

  it('says empty, or invalid with a sentence', () => {
    expect(parsePostReference('  ')).toEqual({ kind: 'empty' });
    expect(parsePostReference('https://example.com/status/1').kind).toBe('invalid');
    expect(parsePostReference('12345678901234567890').kind).toBe('invalid');
    expect(postIdOf('not a post')).toBeNull();
  });
});
