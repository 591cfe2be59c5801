// What a post must be before the queue takes it: X's weighted length per part (the composer's
// measure, twitter-text: URLs count 23, some characters 2), media that exist, at most four images or one GIF or video, and alt
// text where the account requires it. Each problem is one sentence naming the account and part.
import type { AccountSummary } from '../../../shared/accounts';
import type { MediaRef } from '../../../shared/queue';
import { measure } from '../compose/measure';
import { AppError } from '../errors';
import type { MediaSource } from './deps';

export interface PartInput {
  text: string;
  mediaIds: string[];
}

const where = (account: AccountSummary, index: number, count: number): string => (count > 1 ? `Part ${index + 1} for @${account.handle}` : `The post for @${account.handle}`);

/** Throws AppError('invalid_input') for the first problem found. */
export function checkParts(account: AccountSummary, parts: readonly PartInput[], media: MediaSource): void {
  parts.forEach((part, index) => {
    const label = where(account, index, parts.length);
    const refs: MediaRef[] = part.mediaIds.map((id) => {
      const ref = media.get(id);
      if (!ref) throw new AppError('invalid_input', `${label} has an attachment Columns no longer has (${id}); attach the file again.`);
      return ref;
    });
    if (part.text.trim() === '' && refs.length === 0) throw new AppError('invalid_input', `${label} is empty.`);
    const { weightedLength, max } = measure(part.text);
    if (weightedLength > max) throw new AppError('invalid_input', `${label} is ${weightedLength} characters as X counts them; X allows ${max}.`);
    if (refs.length > 1 && refs.some((ref) => ref.kind !== 'photo')) {
      throw new AppError('invalid_input', `${label} mixes a GIF or video with other media; X allows up to four images, or one GIF or one video.`);
    }
    if (account.requireAltText) {
      const missing = refs.find((ref) => ref.kind !== 'video' && (ref.altText ?? '').trim() === '');
      if (missing) throw new AppError('invalid_input', `@${account.handle} requires alt text: add a description to “${missing.name}” in ${label.toLowerCase()}.`);
    }
  });
}

/** A thread that stopped part-way: the parts already on X (the first `onX`) must come back as they are. */
export function assertSentPartsKept(post: { parts: readonly { text: string; mediaIds: readonly string[] }[] }, parts: readonly PartInput[], onX: number): void {
  if (onX === 0) return;
  if (parts.length <= onX) throw new AppError('invalid_input', `Parts 1 to ${onX} are already on X; add the parts still to go after them.`);
  for (let index = 0; index < onX; index += 1) {
    const sent = post.parts[index];
    const given = parts[index];
    if (!sent || !given || sent.text !== given.text || sent.mediaIds.join(',') !== given.mediaIds.join(',')) {
      throw new AppError('invalid_input', `Part ${index + 1} is already on X, so it cannot be changed; edit only the parts not yet posted.`);
    }
  }
}
