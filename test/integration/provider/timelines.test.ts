// Every timeline kind through the provider: home, mentions, a user's posts and search, each paged
// back with its cursor and polled forward with sinceId, and each item complete (author, reply and
// repost references, metrics, conversation). An unknown user's timeline is not_found.
import { afterAll, describe, expect, it } from 'vitest';
import type { Provider, TimelineRequest } from '../../../src/main/core/providers/provider';
import type { SandboxPost } from '../../../src/main/sandbox/model';
import { useSandbox } from '../../helpers/sandbox';
import { addPost, addReply, addRepost, addUser } from '../../helpers/sandbox-world';
import { closeEndpoints, providerFor, rejection } from './harness';

const sandbox = useSandbox({ initialCreditMicros: 1_000_000_000 });
afterAll(closeEndpoints);

const world = () => sandbox().server.world;
const newestFirst = (posts: readonly SandboxPost[]): string[] => posts.map((post) => post.id).reverse();

/** Every page from the newest back, following nextCursor. */
async function allPages(provider: Provider, request: TimelineRequest, maxResults: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await provider.timeline(request, { maxResults, cursor });
    pages += 1;
    expect(page.newestId).toBe(page.items[0]?.id ?? null);
    expect(page.oldestId).toBe(page.items.at(-1)?.id ?? null);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { ids, pages };
}

async function newerThan(provider: Provider, request: TimelineRequest, sinceId: string): Promise<string[]> {
  return (await provider.timeline(request, { sinceId })).items.map((item) => item.id);
}

describe('timelines', () => {
  it('user: pages back with the cursor and forward with sinceId', async () => {
    const author = addUser(world(), 'tl_user');
    const posts = Array.from({ length: 7 }, (_, n) => addPost(world(), author.id, `tl_user post ${n}`));
    const { provider } = providerFor(sandbox(), 'sam_comms');
    const request: TimelineRequest = { kind: 'user', userId: author.id };
    expect(await allPages(provider, request, 5)).toEqual({ ids: newestFirst(posts), pages: 2 });
    expect(await newerThan(provider, request, posts[4]!.id)).toEqual(newestFirst(posts.slice(5)));
  });

  it('mentions of the account itself', async () => {
    const reader = addUser(world(), 'tl_mentioned');
    const talker = addUser(world(), 'tl_talker');
    const mentions = Array.from({ length: 6 }, (_, n) => addPost(world(), talker.id, `@tl_mentioned hello ${n}`, {}, [reader.id]));
    addPost(world(), talker.id, 'not about anyone');
    const { provider } = providerFor(sandbox(), 'tl_mentioned');
    const request: TimelineRequest = { kind: 'mentions' };
    expect(await allPages(provider, request, 5)).toEqual({ ids: newestFirst(mentions), pages: 2 });
    expect(await newerThan(provider, request, mentions[3]!.id)).toEqual(newestFirst(mentions.slice(4)));
    const [item] = (await provider.timeline(request, { maxResults: 5 })).items;
    expect(item?.author).toEqual({ id: talker.id, handle: 'tl_talker', displayName: 'tl_talker', avatarUrl: expect.stringMatching(/^https:/) });
  });

  it('home: the account’s posts and those it follows, with reply and repost references', async () => {
    const reader = addUser(world(), 'tl_home');
    const followed = addUser(world(), 'tl_followed');
    world().engagement.relate('follows', reader.id, followed.id);
    const own = addPost(world(), reader.id, 'tl_home own post');
    const theirs = addPost(world(), followed.id, 'tl_followed speaks');
    const reply = addReply(world(), followed.id, own, '@tl_home replying', [reader.id]);
    const repost = addRepost(world(), followed.id, own);
    const { provider } = providerFor(sandbox(), 'tl_home');
    const request: TimelineRequest = { kind: 'home' };
    expect(await allPages(provider, request, 3)).toEqual({ ids: newestFirst([own, theirs, reply, repost]), pages: 2 });
    expect(await newerThan(provider, request, reply.id)).toEqual([repost.id]);

    const items = (await provider.timeline(request)).items;
    const replyItem = items.find((item) => item.id === reply.id);
    expect(replyItem).toMatchObject({ replyToId: own.id, inReplyToUserId: reader.id, conversationId: own.id, repostOfId: null, quotedId: null, hidden: false });
    expect(replyItem?.metrics).toEqual({ likes: 0, reposts: 0, replies: 0, quotes: 0 });
    expect(replyItem?.createdAt).toBe(reply.createdAt);
    const repostItem = items.find((item) => item.id === repost.id);
    expect(repostItem).toMatchObject({ repostOfId: own.id, author: { handle: 'tl_followed' } });
    expect(repostItem?.referenced).toEqual([expect.objectContaining({ id: own.id, text: 'tl_home own post', author: expect.objectContaining({ handle: 'tl_home' }) })]);
  });

  it('search: pages with next_token and polls with sinceId', async () => {
    const author = addUser(world(), 'tl_search');
    const hits = Array.from({ length: 12 }, (_, n) => addPost(world(), author.id, `Quillwort survey number ${n}`));
    addPost(world(), author.id, 'Nothing to see');
    const { provider } = providerFor(sandbox(), 'sam_comms');
    const request: TimelineRequest = { kind: 'search', query: 'quillwort' };
    expect(await allPages(provider, request, 10)).toEqual({ ids: newestFirst(hits), pages: 2 });
    expect(await newerThan(provider, request, hits[9]!.id)).toEqual(newestFirst(hits.slice(10)));
    expect(await provider.timeline({ kind: 'search', query: 'nonexistentword' })).toEqual({ items: [], nextCursor: null, newestId: null, oldestId: null });
  });

  it('an unknown user’s timeline is not_found', async () => {
    const { provider } = providerFor(sandbox(), 'sam_comms');
    expect(await rejection(provider.timeline({ kind: 'user', userId: '1234567' }))).toMatchObject({ code: 'not_found' });
  });
});
