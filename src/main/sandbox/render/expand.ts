// Expansions: which related objects each primary post or user pulls into includes. Expansions
// apply to the primary objects only (author_id expands the authors of `data`, not of included
// posts); the referenced_tweets.id.* forms are X's way to reach one level further.
import type { SandboxPost, SandboxUser } from '../model';
import { postEntities } from './entities';
import type { FieldSelection } from './fields';
import type { IncludesCollector } from './includes';
import type { RenderLookup } from './lookup';
import { displayText, referencedPosts } from './post';
import { notFoundError } from './problems';

export function expandPosts(posts: readonly SandboxPost[], selection: FieldSelection, lookup: RenderLookup, out: IncludesCollector): void {
  const ex = selection.expansions;
  const needsReferenced =
    ex.has('referenced_tweets.id') || ex.has('referenced_tweets.id.author_id') || ex.has('referenced_tweets.id.attachments.media_keys');

  for (const post of posts) {
    if (ex.has('author_id')) out.user(post.authorId, 'author_id');
    if (ex.has('in_reply_to_user_id') && post.inReplyToUserId) out.user(post.inReplyToUserId, 'in_reply_to_user_id');
    if (ex.has('entities.mentions.username')) {
      // Only mentions that resolved to a user are entities, so these lookups cannot miss.
      const mentions = postEntities(displayText(post, lookup), (name) => lookup.userByUsername(name))?.mentions ?? [];
      for (const mention of mentions) out.user(mention.id, 'entities.mentions.username');
    }
    if (ex.has('attachments.media_keys')) for (const key of post.mediaKeys) out.media(key);
    if (ex.has('attachments.poll_ids') && post.poll) out.poll(post.poll);
    if (!needsReferenced) continue;

    for (const ref of referencedPosts(post)) {
      const target = lookup.post(ref.id);
      if (!target) {
        // A deleted reply target or quoted post: the post still renders, X adds a partial error.
        out.error(notFoundError('tweet', 'referenced_tweets.id', ref.id));
        continue;
      }
      if (ex.has('referenced_tweets.id')) out.post(target);
      if (ex.has('referenced_tweets.id.author_id')) out.user(target.authorId, 'referenced_tweets.id.author_id');
      if (ex.has('referenced_tweets.id.attachments.media_keys')) for (const key of target.mediaKeys) out.media(key);
    }
  }
}

export function expandUsers(users: readonly SandboxUser[], selection: FieldSelection, lookup: RenderLookup, out: IncludesCollector): void {
  if (!selection.expansions.has('pinned_tweet_id')) return;
  for (const user of users) {
    const pinnedId = lookup.pinnedPostId?.(user.id);
    if (!pinnedId) continue;
    const pinned = lookup.post(pinnedId);
    if (pinned) out.post(pinned);
    else out.error(notFoundError('tweet', 'pinned_tweet_id', pinnedId));
  }
}
