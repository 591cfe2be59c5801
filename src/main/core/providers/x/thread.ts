// A thread as X builds one: each part a reply to the part before. A part that fails ends the
// thread there; what went out stays out and is reported, so the publisher can resume or explain.
import { ProviderError, type PostDraft, type PublishedPost, type ThreadResult } from '../provider';
import { toProviderError } from './errors';

export async function publishThread(parts: readonly PostDraft[], publish: (draft: PostDraft) => Promise<PublishedPost>): Promise<ThreadResult> {
  const published: PublishedPost[] = [];
  for (const part of parts) {
    const previous = published.at(-1);
    try {
      published.push(await publish(previous ? { ...part, replyToId: previous.id } : part));
    } catch (error) {
      return { published, error: error instanceof ProviderError ? error : toProviderError(error, 'POST /2/tweets') };
    }
  }
  return { published, error: null };
}
