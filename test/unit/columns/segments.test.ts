import { describe, expect, it } from 'vitest';
import { mentionedHandles, segmentText } from '../../../src/main/core/columns/segments';

describe('segmentText', () => {
  it('splits links, mentions and hashtags out of the text, keeping every character', () => {
    const text = 'Clinic open till 8 @HorizonsNHS #Improve4Patients see https://nhs.uk/a?b=1 <b>hi</b>';
    const segments = segmentText(text);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments).toEqual([
      { kind: 'text', text: 'Clinic open till 8 ' },
      { kind: 'mention', text: '@HorizonsNHS', handle: 'HorizonsNHS' },
      { kind: 'text', text: ' ' },
      { kind: 'hashtag', text: '#Improve4Patients', tag: 'Improve4Patients' },
      { kind: 'text', text: ' see ' },
      { kind: 'url', text: 'https://nhs.uk/a?b=1', url: 'https://nhs.uk/a?b=1' },
      { kind: 'text', text: ' <b>hi</b>' },
    ]);
  });

  it('counts indices in UTF-16 so emoji before an entity do not shift it', () => {
    const segments = segmentText('👩🏽‍⚕️ thanks @sam_comms!');
    expect(segments).toContainEqual({ kind: 'mention', text: '@sam_comms', handle: 'sam_comms' });
    expect(segments.at(-1)).toEqual({ kind: 'text', text: '!' });
  });

  it('gives a plain text a single segment and an empty text none', () => {
    expect(segmentText('just words')).toEqual([{ kind: 'text', text: 'just words' }]);
    expect(segmentText('')).toEqual([]);
  });

  it('lists mentioned handles lower-cased', () => {
    expect(mentionedHandles('@A_b and @c')).toEqual(['a_b', 'c']);
  });
});
