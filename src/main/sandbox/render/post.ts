// One SandboxPost as an X post object. id, text and edit_history_tweet_ids always; every other key
// only when asked for (directly or through an expansion, see effectiveTweetFields) and only when the
// post has it: a root post has no in_reply_to_user_id, a post without media no attachments.
import type { SandboxPost } from '../model';
import { postEntities } from './entities';
import { effectiveTweetFields, type FieldSelection } from './fields';
import type { RenderLookup } from './lookup';
import type { XPost, XReferencedPost } from './wire';

/** X's "source" is the posting app's name; the sandbox knows only who made the post. */
const SOURCE_LABEL: Record<SandboxPost['source'], string> = {
  api: 'Columns',
  simulation: 'Twitter Web App',
  seed: 'Twitter Web App',
};

/** X lets a post be edited for an hour after it was made. */
const EDIT_WINDOW_MS = 60 * 60 * 1000;

export function renderPost(post: SandboxPost, selection: FieldSelection, lookup: RenderLookup): XPost {
  const fields = effectiveTweetFields(selection);
  const text = displayText(post, lookup);
  // Posts are never edited in the sandbox, so the history is the post itself.
  const out: XPost = { id: post.id, text, edit_history_tweet_ids: [post.id] };

  if (fields.has('author_id')) out.author_id = post.authorId;
  if (fields.has('created_at')) out.created_at = post.createdAt;
  if (fields.has('conversation_id')) out.conversation_id = post.conversationId;
  if (fields.has('in_reply_to_user_id') && post.inReplyToUserId) out.in_reply_to_user_id = post.inReplyToUserId;
  if (fields.has('referenced_tweets')) {
    const refs = referencedPosts(post);
    if (refs.length > 0) out.referenced_tweets = refs;
  }
  if (fields.has('attachments')) {
    const attachments: NonNullable<XPost['attachments']> = {};
    if (post.mediaKeys.length > 0) attachments.media_keys = [...post.mediaKeys];
    if (post.poll) attachments.poll_ids = [post.poll.id];
    if (attachments.media_keys || attachments.poll_ids) out.attachments = attachments;
  }
  if (fields.has('entities')) {
    const entities = postEntities(text, (username) => lookup.userByUsername(username));
    if (entities) out.entities = entities;
  }
  if (fields.has('public_metrics')) out.public_metrics = { ...lookup.metrics(post.id) };
  if (fields.has('lang')) out.lang = post.lang;
  if (fields.has('reply_settings')) out.reply_settings = 'everyone';
  if (fields.has('source')) out.source = SOURCE_LABEL[post.source];
  if (fields.has('possibly_sensitive')) out.possibly_sensitive = false;
  if (fields.has('edit_controls')) {
    const until = new Date(Date.parse(post.createdAt) + EDIT_WINDOW_MS).toISOString();
    out.edit_controls = { edits_remaining: 5, is_edit_eligible: false, editable_until: until };
  }
  return out;
}

/**
 * A repost's text is "RT @author: <original text>", as X renders it (X also cuts long ones; the
 * sandbox does not). Built from the original when it can be found, so it is right whatever the store
 * kept; the stored text is the fallback.
 */
export function displayText(post: SandboxPost, lookup: RenderLookup): string {
  if (!post.repostOfId) return post.text;
  const original = lookup.post(post.repostOfId);
  const author = original && lookup.user(original.authorId);
  return original && author ? `RT @${author.username}: ${original.text}` : post.text;
}

/** A repost references only what it reposts; otherwise the reply target, then the quoted post. */
export function referencedPosts(post: SandboxPost): XReferencedPost[] {
  if (post.repostOfId) return [{ type: 'retweeted', id: post.repostOfId }];
  const refs: XReferencedPost[] = [];
  if (post.inReplyToPostId) refs.push({ type: 'replied_to', id: post.inReplyToPostId });
  if (post.quotedPostId) refs.push({ type: 'quoted', id: post.quotedPostId });
  return refs;
}
