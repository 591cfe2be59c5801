// POST /2/tweets after the body parsed: apply X's rules in the order X reports them (shape,
// attachments, reply/quote targets, plan policy, duplicates), then store the post with its
// mentions resolved to user ids, and say which billable item it was.
import twitterText from 'twitter-text';
import type { SandboxContext } from '../context';
import { DUPLICATE_DETAIL, QUOTE_NOT_ALLOWED_DETAIL, REPLY_NOT_ALLOWED_DETAIL, forbidden } from '../http/problems';
import type { SandboxPoll, SandboxPost, SandboxUser, Snowflake } from '../model';
import type { BillableItem } from '../plans';
import type { SandboxWorld } from '../world';
import type { PostInput } from './post-input';
import { newPostRecord } from './records';
import { attachableMedia, checkShape, isSummoned, quoteTarget, replyTarget } from './post-rules';

export interface CreatedPost {
  post: SandboxPost;
  /** What pay-per-use charges for it. */
  billable: BillableItem;
}

export function createPost(ctx: SandboxContext, author: SandboxUser, input: PostInput): CreatedPost {
  const { world, rules } = ctx;
  checkShape(input);
  const text = input.text ?? '';
  const media = input.media ? attachableMedia(world, author, input.media.media_ids) : [];
  const parent = input.reply ? replyTarget(world, input.reply.in_reply_to_tweet_id) : undefined;
  const quoted = input.quote_tweet_id !== undefined ? quoteTarget(world, input.quote_tweet_id) : undefined;

  if (quoted && !rules.allowsQuotes) throw forbidden(QUOTE_NOT_ALLOWED_DETAIL);
  if (parent && rules.repliesNeedSummons && !isSummoned(world, author, parent)) throw forbidden(REPLY_NOT_ALLOWED_DETAIL);
  // A media-only post has no text to compare; X does not call two photo posts duplicates.
  if (text !== '' && world.posts.duplicateOf(author.id, text) !== undefined) throw forbidden(DUPLICATE_DETAIL);

  const id = world.nextId();
  const post = newPostRecord(
    { id, authorId: author.id, text, createdAt: world.nowIso(), source: 'api' },
    {
      conversationId: parent?.conversationId ?? id,
      inReplyToPostId: parent?.id ?? null,
      inReplyToUserId: parent?.authorId ?? null,
      quotedPostId: quoted?.id ?? null,
      mediaKeys: media.map((item) => item.mediaKey),
      poll: input.poll ? newPoll(world, input.poll) : null,
    },
  );
  world.posts.insert(post, mentionedUserIds(world, text));
  return { post, billable: billableItem(text, parent !== undefined) };
}

/** A post that carries a URL costs the URL price; otherwise a (necessarily summoned) reply costs less than a post. */
export function billableItem(text: string, isReply: boolean): BillableItem {
  if (twitterText.extractUrls(text).length > 0) return 'post_create_url';
  return isReply ? 'reply_summoned' : 'post_create';
}

/** @mentions of sandbox users, as ids; unknown names are just text, as on X. */
function mentionedUserIds(world: SandboxWorld, text: string): Snowflake[] {
  const ids = new Set<Snowflake>();
  for (const name of twitterText.extractMentions(text)) {
    const user = world.users.byUsername(name);
    if (user) ids.add(user.id);
  }
  return [...ids];
}

function newPoll(world: SandboxWorld, poll: NonNullable<PostInput['poll']>): SandboxPoll {
  return {
    id: world.nextId(),
    options: poll.options.map((label, index) => ({ position: index + 1, label, votes: 0 })),
    durationMinutes: poll.duration_minutes,
    endDatetime: new Date(world.clock.nowMs() + poll.duration_minutes * 60_000).toISOString(),
    votingStatus: 'open',
  };
}
