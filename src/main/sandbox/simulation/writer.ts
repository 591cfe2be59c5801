// How simulated people act on the world: the same records an API client's post, reply, repost,
// like or follow would leave, with mentions resolved from the text as X does. The seed writes its
// history through a writer whose clock and ids are in the past; live simulation uses the sandbox's.
import twitterText from 'twitter-text';
import type { SandboxPost, SandboxUser, Snowflake } from '../model';
import type { SandboxWorld } from '../world';
import { newPostRecord, newRepostRecord } from '../posting/records';
import { ALL_MEMBERS, joinedAtMs, memberRecord } from './community';
import { snowflakeAt } from '../store/ids';

/** The simulation was asked to act as (or mention) an account the world does not have. */
export class UnknownAccountError extends Error {
  constructor(readonly username: string) {
    super(`No sandbox user @${username}`);
  }
}

export type SimulatedSource = Extract<SandboxPost['source'], 'seed' | 'simulation'>;

export interface PostWriter {
  readonly world: SandboxWorld;
  /** The writer's time: the sandbox clock for live simulation, a point in the past for the seed. */
  now(): number;
  user(username: string): SandboxUser;
  /** null when this author already has a live post with exactly this text (X would refuse it). */
  original(author: SandboxUser, text: string): SandboxPost | null;
  /** Prefixes "@parentAuthor " (and the parent's leading mentions) as X's reply box does. */
  reply(author: SandboxUser, parent: SandboxPost, text: string): SandboxPost | null;
  /** null when already reposted by this user. Text as the retweet route writes it ("RT @a: …", cut to 140). */
  repost(author: SandboxUser, original: SandboxPost): SandboxPost | null;
  like(user: SandboxUser, post: SandboxPost): boolean;
  follow(user: SandboxUser, target: SandboxUser): void;
}

export interface WriterTime {
  nowMs(): number;
  /** The id for a record made now. */
  nextId(): Snowflake;
}

const VARIANTS = ['', ' 🙌', ' 👍', ' 💙', ' ✨', ' 👏'];

/** Leading "@a @b " of a text (X's auto-populated reply mentions). */
function leadingMentions(text: string): string[] {
  const match = /^((?:@\w{1,15}\s+)+)/.exec(text);
  return match ? (match[1] ?? '').trim().split(/\s+/).map((mention) => mention.slice(1)) : [];
}

export function createPostWriter(world: SandboxWorld, time: WriterTime, source: SimulatedSource): PostWriter {
  const byName = new Map<string, SandboxUser>();
  const user = (username: string): SandboxUser => {
    const key = username.toLowerCase();
    let found = byName.get(key);
    if (!found) {
      found = world.users.byUsername(username);
      if (!found) throw new UnknownAccountError(username);
      byName.set(key, found);
    }
    return found;
  };
  const mentionIds = (text: string): Snowflake[] => {
    if (!text.includes('@')) return [];
    const ids = new Set<Snowflake>();
    for (const name of twitterText.extractMentions(text)) {
      const key = name.toLowerCase();
      const known = byName.get(key) ?? world.users.byUsername(name);
      if (known) {
        byName.set(key, known);
        ids.add(known.id);
      }
    }
    return [...ids];
  };

  const write = (author: SandboxUser, text: string, fields: Partial<SandboxPost>): SandboxPost | null => {
    const variant = VARIANTS.find((suffix) => world.posts.duplicateOf(author.id, text + suffix) === undefined);
    if (variant === undefined) return null;
    const unique = text + variant;
    const id = time.nextId();
    const post = newPostRecord({ id, authorId: author.id, text: unique, createdAt: new Date(time.nowMs()).toISOString(), source }, fields);
    world.posts.insert(post, mentionIds(post.text));
    return post;
  };

  return {
    world,
    now: () => time.nowMs(),
    user,
    original: (author, text) => write(author, text, {}),
    reply(author, parent, text) {
      const parentAuthor = world.users.get(parent.authorId);
      const names = [parentAuthor?.username ?? '', ...leadingMentions(parent.text)];
      const prefix = [...new Set(names.filter((name) => name && name.toLowerCase() !== author.username.toLowerCase()))]
        .slice(0, 3)
        .map((name) => `@${name} `)
        .join('');
      return write(author, prefix + text, {
        conversationId: parent.conversationId,
        inReplyToPostId: parent.id,
        inReplyToUserId: parent.authorId,
      });
    },
    repost(author, original) {
      if (world.posts.repostBy(author.id, original.id)) return null;
      const originalAuthor = world.users.get(original.authorId);
      const record = { id: time.nextId(), authorId: author.id, createdAt: new Date(time.nowMs()).toISOString(), source };
      const post = newRepostRecord(record, original, originalAuthor?.username ?? 'unknown');
      world.posts.insert(post, mentionIds(post.text));
      return post;
    },
    like: (liker, post) => world.engagement.like(liker.id, post.id, new Date(time.nowMs()).toISOString()),
    follow: (follower, target) => world.engagement.relate('follows', follower.id, target.id),
  };
}

/**
 * Adds any simulated member who is missing (a world seeded without the community, or where the
 * seed was never run), so a chat can run on any sandbox. Returns how many were added.
 */
export function ensureCommunity(world: SandboxWorld): number {
  const nowMs = world.clock.nowMs();
  let added = 0;
  world.db.transaction(() => {
    ALL_MEMBERS.forEach((member, index) => {
      if (world.users.byUsername(member.username)) return;
      const joined = joinedAtMs(index, nowMs);
      world.users.insert(memberRecord(member, snowflakeAt(joined, index), joined));
      added++;
    });
  })();
  return added;
}
