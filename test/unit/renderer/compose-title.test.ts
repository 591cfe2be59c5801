import { describe, expect, it } from 'vitest';
import { composerTitle, referenceSentence } from '../../../src/renderer/src/compose/composer-title';

const none = { replyTo: '', quoteOf: '' };

describe('composer title', () => {
  it('names the author when opened from a post, and falls back when the ids are typed', () => {
    expect(composerTitle(none)).toBe('New post');
    expect(composerTitle({ ...none, replyTo: '12' }, { replyTo: '12', authorHandle: 'nurse_jo' })).toBe('Reply to @nurse_jo');
    expect(composerTitle({ ...none, quoteOf: '12' }, { quoteOf: '12', authorHandle: 'nurse_jo' })).toBe('Quote @nurse_jo');
    expect(composerTitle({ ...none, replyTo: '99' }, { replyTo: '12', authorHandle: 'nurse_jo' })).toBe('Reply to a post');
    // The user cleared the reply field: a new post again.
    expect(composerTitle(none, { replyTo: '12', authorHandle: 'nurse_jo' })).toBe('New post');
  });

  it('tells the corporate confirmation what kind of post it is', () => {
    expect(referenceSentence(none)).toBeNull();
    expect(referenceSentence({ ...none, replyTo: '12' }, { replyTo: '12', authorHandle: 'nurse_jo' })).toBe('This is a reply to @nurse_jo.');
    expect(referenceSentence({ ...none, quoteOf: '12' }, { quoteOf: '12', authorHandle: 'nurse_jo' })).toBe('This quotes @nurse_jo.');
  });
});
