// Sends one claimed post (state `sending`): part by part, each replying to the one before, every
// X id saved the moment X returns it, so a crash resumes at the next part and never resends one
// that went out. Whether a failure is retried, paused or final is decided here; the scheduler
// records it (scheduler.ts).
import type { MediaUpload, Provider } from '../providers/provider';
import { ProviderError } from '../providers/provider';
import type { MediaSource } from './deps';
import { findPublished } from './reconcile';
import type { PostRecord, PostsRepository } from './repository';

export type SendOutcome =
  | { kind: 'sent'; remoteIds: string[] }
  /** Try again later; `unsure`: the last request may have reached X, so look before resending. */
  | { kind: 'retry'; error: ProviderError; unsure: boolean }
  /** X no longer accepts the account's sign-in. */
  | { kind: 'auth'; error: ProviderError }
  | { kind: 'failed'; code: string; message: string };

/** Failures that mean X did not and will not take this post as it is. */
const PERMANENT = new Set(['too_long', 'forbidden', 'not_allowed', 'out_of_credits', 'not_found']);
/** Failures after which the post may or may not exist at X. */
const UNSURE = new Set(['network', 'server']);

export interface SendContext {
  repo: PostsRepository;
  provider: Provider;
  media: MediaSource;
  /** The account's X user id (its own posts are where a sent part is looked for). */
  userId: string;
  /** When the post was first claimed (where looking for it starts). */
  since: string;
}

export async function sendPost(post: PostRecord, ctx: SendContext): Promise<SendOutcome> {
  const ids = post.parts.map((part) => part.remoteId);
  let verify = post.verifyBeforeSend;
  for (const part of post.parts) {
    if (ids[part.idx] !== null) continue;
    const replyToId = (part.idx === 0 ? post.replyToId : ids[part.idx - 1]) ?? null;
    const lookFor = async (): Promise<string | null> =>
      findPublished(ctx.provider, ctx.userId, { text: part.text, replyToId }, ctx.since, (id) => ctx.repo.isKnownRemoteId(id));
    try {
      let remoteId = verify ? await lookFor() : null;
      verify = false;
      if (remoteId === null) {
        const media: MediaUpload[] = [];
        for (const id of part.mediaIds) {
          const ref = ctx.media.get(id);
          if (!ref) return { kind: 'failed', code: 'media_missing', message: `An attachment of part ${part.idx + 1} is no longer in Columns; attach it again.` };
          media.push({ data: await ctx.media.read(id), mimeType: ref.mimeType, ...(ref.altText ? { altText: ref.altText } : {}) });
        }
        try {
          remoteId = (
            await ctx.provider.publish({
              text: part.text,
              ...(replyToId ? { replyToId } : {}),
              ...(part.idx === 0 && post.quoteOfId ? { quoteOfId: post.quoteOfId } : {}),
              ...(media.length > 0 ? { media } : {}),
            })
          ).id;
        } catch (error) {
          // X refuses the same text twice: it went out only if it is there to be found.
          if (!(error instanceof ProviderError) || error.code !== 'duplicate') throw error;
          remoteId = await lookFor();
          if (remoteId === null) return { kind: 'failed', code: 'duplicate', message: error.message };
        }
      }
      ctx.repo.setRemoteId(post.id, part.idx, remoteId);
      ids[part.idx] = remoteId;
    } catch (error) {
      const failure = error instanceof ProviderError ? error : new ProviderError('network', error instanceof Error ? error.message : String(error));
      if (failure.code === 'auth_expired') return { kind: 'auth', error: failure };
      if (PERMANENT.has(failure.code)) return { kind: 'failed', code: failure.code, message: failure.message };
      return { kind: 'retry', error: failure, unsure: UNSURE.has(failure.code) };
    }
  }
  return { kind: 'sent', remoteIds: ids.filter((id): id is string => id !== null) };
}
