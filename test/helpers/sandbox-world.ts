// Direct setup of a running sandbox's world for read tests: extra users and posts written straight
// to the store (ids from world.nextId(), so they sort after everything already there).
import type { SandboxPost, SandboxUser } from '../../src/main/sandbox/model';
import type { SandboxWorld } from '../../src/main/sandbox/world';
import { makeSandboxPost } from './sandbox-records';

export function addUser(world: SandboxWorld, username: string, overrides: Partial<SandboxUser> = {}): SandboxUser {
  const user: SandboxUser = {
    id: world.nextId(),
    username,
    name: username,
    description: '',
    location: null,
    url: null,
    profileImageUrl: 'https://pbs.twimg.com/profile_images/default.png',
    verified: false,
    protected: false,
    kind: 'community',
    createdAt: world.nowIso(),
    ...overrides,
  };
  world.users.insert(user);
  return user;
}

/** An original post created now (override createdAt, replies, reposts…); `mentions` are user ids. */
export function addPost(world: SandboxWorld, authorId: string, text: string, overrides: Partial<SandboxPost> = {}, mentions: readonly string[] = []): SandboxPost {
  const id = world.nextId();
  const post = makeSandboxPost(id, authorId, text, { createdAt: world.nowIso(), source: 'api', ...overrides });
  world.posts.insert(post, mentions);
  return post;
}

/** A reply to `parent`, in its conversation. */
export function addReply(world: SandboxWorld, authorId: string, parent: SandboxPost, text: string, mentions: readonly string[] = []): SandboxPost {
  return addPost(world, authorId, text, { conversationId: parent.conversationId, inReplyToPostId: parent.id, inReplyToUserId: parent.authorId }, mentions);
}

/** A repost of `original`, with X's "RT @user: …" text. */
export function addRepost(world: SandboxWorld, authorId: string, original: SandboxPost): SandboxPost {
  const originalAuthor = world.users.get(original.authorId);
  return addPost(world, authorId, `RT @${originalAuthor?.username ?? ''}: ${original.text}`, { repostOfId: original.id }, [original.authorId]);
}
