import { describe, expect, it } from 'vitest';
import { applyHashtagSuggestion, camelCaseTag, hashtagSuggestions } from '../../../src/renderer/src/compose/hashtag-case';

describe('CamelCase hashtags: suggested only when one confident split exists', () => {
  it('splits a lowercase tag into known words and digit runs', () => {
    expect(camelCaseTag('improve4patients')).toBe('Improve4Patients');
    expect(camelCaseTag('mentalhealth')).toBe('MentalHealth');
    expect(camelCaseTag('handhygiene')).toBe('HandHygiene');
    expect(camelCaseTag('nhs75')).toBe('NHS75');
    expect(camelCaseTag('nhsengland')).toBe('NHSEngland');
    expect(camelCaseTag('qiweek2026')).toBe('QIWeek2026');
  });

  it('leaves tags alone that are one word, already capitalised, or not all known words', () => {
    expect(camelCaseTag('nhs')).toBeNull();
    expect(camelCaseTag('health')).toBeNull();
    expect(camelCaseTag('Improve4patients')).toBeNull();
    expect(camelCaseTag('sch4change')).toBeNull();
    expect(camelCaseTag('therapist')).toBeNull();
    expect(camelCaseTag('xyzzycare')).toBeNull();
    expect(camelCaseTag('mental_health')).toBeNull();
  });

  it('finds each tag in a text once, with its position, skipping ones it cannot split', () => {
    const text = 'Join #improve4patients tonight! #nhs #mentalhealth and again #improve4patients';
    expect(hashtagSuggestions(text)).toEqual([
      { original: '#improve4patients', suggestion: '#Improve4Patients', index: 5 },
      { original: '#mentalhealth', suggestion: '#MentalHealth', index: 37 },
    ]);
    // Not a hashtag: part of a word or a URL fragment.
    expect(hashtagSuggestions('see page#mentalhealth')).toEqual([]);
  });

  it('replaces whole tags only, every occurrence', () => {
    const text = '#improve4patients rocks. #improve4patientsday is another tag. #improve4patients!';
    expect(applyHashtagSuggestion(text, { original: '#improve4patients', suggestion: '#Improve4Patients' })).toBe(
      '#Improve4Patients rocks. #improve4patientsday is another tag. #Improve4Patients!',
    );
  });
});
