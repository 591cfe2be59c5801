import { describe, expect, it } from 'vitest';
import { canPostTogether, postingMixOf } from '../../../src/renderer/src/accounts/posting-mix';

const live = { training: false };
const training = { training: true };

describe('a live account and a training account can never post together', () => {
  it('allows any number of live accounts, or of training accounts', () => {
    expect(canPostTogether([live])).toBe(true);
    expect(canPostTogether([live, live, live])).toBe(true);
    expect(canPostTogether([training, training])).toBe(true);
    expect(canPostTogether([])).toBe(true);
  });

  it('refuses a selection that mixes them, in any order', () => {
    expect(canPostTogether([live, training])).toBe(false);
    expect(canPostTogether([training, live, live])).toBe(false);
  });

  it('names what a selection is made of', () => {
    expect(postingMixOf([])).toBe('none');
    expect(postingMixOf([live])).toBe('live');
    expect(postingMixOf([training])).toBe('training');
    expect(postingMixOf([training, live])).toBe('mixed');
  });
});
