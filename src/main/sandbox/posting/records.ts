// The post records the sandbox writes: an original (which replies and quotes refine) and a repost.
// The X routes, the simulation, the seed, benches and tests all build posts here, so a new column
// in the posts table has one place to get its default.
import type { SandboxPost, Snowflake } from '../model';

/** X cuts a repost's text ("RT @author: …") to 140 characters, ending it with an ellipsis. */
export const REPOST_TEXT_LIMIT = 140;

/** "RT @author: text", cut to 140 characters (code points) with "…" when longer. */
export function repostText(username: string, text: string): string {
  const full = [...`RT @${username}: ${text}`];
  return full.length <= REPOST_TEXT_LIMIT ? full.join('') : `${full.slice(0, REPOST_TEXT_LIMIT - 1).join('')}…`;
}

export interface NewPost {
  id: Snowflake;
  authorId: Snowflake;
  text: string;
  /** ISO 8601 UTC. */
  createdAt: string;
  source: SandboxPost['source'];
}

/** An original post in its own conversation, no media, visible; `fields` makes it a reply, quote … */
export function newPostRecord(post: NewPost, fields: Partial<SandboxPost> = {}): SandboxPost {
  return {
    ...post,
    conversationId: post.id,
    inReplyToPostId: null,
    inReplyToUserId: null,
    quotedPostId: null,
    repostOfId: null,
    mediaKeys: [],
    poll: null,
    hidden: false,
    lang: 'en',
    ...fields,
  };
}

/** `author`'s repost of `original` (whose author is `originalUsername`), as X v2 shows it. */
export function newRepostRecord(post: Omit<NewPost, 'text'>, original: SandboxPost, originalUsername: string): SandboxPost {
  return newPostRecord({ ...post, text: repostText(originalUsername, original.text) }, { repostOfId: original.id, lang: original.lang });
}
