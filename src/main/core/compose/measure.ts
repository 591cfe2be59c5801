// X's weighted length, as X counts it (twitter-text v3: URLs 23, most CJK and emoji 2). The limit
// is the sandbox's, which mirrors X's.
import { twitterText } from '../text/twitter-text';
import type { Measured } from '../../../shared/compose';
import { X_MAX_WEIGHTED_LENGTH as MAX_WEIGHTED_LENGTH } from '../../../shared/x-text';

export function measure(text: string): Measured {
  const parsed = twitterText().parseTweet(text);
  return { weightedLength: parsed.weightedLength, max: MAX_WEIGHTED_LENGTH, valid: parsed.valid };
}
