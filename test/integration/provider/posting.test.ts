// The X provider on the pay-per-use plan over real HTTPS: who the account is, posts, replies,
// media with alt text read back, threads, deletion, lookups by id (deleted ones named), and X's refusals as the ProviderErrors the UI
// explains — a duplicate counted as exactly one request, never re-sent.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/main/core/providers/provider';
import { DUPLICATE_DETAIL } from '../../../src/main/sandbox/http/problems';
import { useSandbox } from '../../helpers/sandbox';
import { addPost, addUser } from '../../helpers/sandbox-world';
import { makePng } from '../../helpers/media-files';
import { closeEndpoints, providerFor, rejection, requestCount } from './harness';

const sandbox = useSandbox({ initialCreditMicros: 1_000_000_000 });
beforeEach(() => sandbox().server.context.reset());
afterAll(closeEndpoints);

const world = () => sandbox().server.world;

describe('identity', () => {
  it('is the account behind the tokens, with its avatar, asked of X once', async () => {
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const user = world().users.byUsername('HorizonsNHS')!;
    const identity = await provider.identity();
    expect(identity).toEqual({ userId: user.id, handle: 'HorizonsNHS', displayName: user.name, avatarUrl: user.profileImageUrl });
    await provider.identity();
    expect(await requestCount(sandbox(), 'GET /2/users/me')).toBe(1);
  });
});

describe('publish', () => {
  it('posts text and a reply in the account’s own thread', async () => {
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const post = await provider.publish({ text: 'Flu clinics open on Saturday #Improve4Patients' });
    expect(post).toEqual({ id: expect.stringMatching(/^\d+$/), text: 'Flu clinics open on Saturday #Improve4Patients' });
    const reply = await provider.publish({ text: 'Book through the NHS app.', replyToId: post.id });
    const stored = world().posts.get(reply.id);
    expect(stored).toMatchObject({ inReplyToPostId: post.id, conversationId: post.id });
  });

  it('uploads media with alt text, and the account’s timeline shows it back with the alt text', async () => {
    const { provider } = providerFor(sandbox(), 'Sch4Change');
    const alt = 'A grey square standing in for the event poster';
    const post = await provider.publish({ text: 'Poster for Friday', media: [{ data: makePng(6, 4), mimeType: 'image/png', altText: alt }] });
    const me = await provider.identity();
    const page = await provider.timeline({ kind: 'user', userId: me.userId }, { maxResults: 5 });
    const item = page.items.find((candidate) => candidate.id === post.id);
    expect(item?.media).toEqual([
      { key: expect.stringMatching(/^3_\d+$/), type: 'photo', url: expect.stringMatching(/^https:\/\//), previewUrl: expect.any(String), altText: alt, width: 6, height: 4 },
    ]);
    expect(await requestCount(sandbox(), 'POST /2/media/metadata')).toBe(1);
  });

  it('refuses a reply nobody summoned as not_allowed, and sends nothing again', async () => {
    const stranger = addUser(world(), 'pp_stranger');
    const theirs = addPost(world(), stranger.id, 'A post that mentions nobody');
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const error = await rejection(provider.publish({ text: 'Jumping in uninvited', replyToId: theirs.id }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'not_allowed', details: { endpoint: 'POST /2/tweets', status: 403 } });
    expect((error as ProviderError).message).toMatch(/mentioned or quoted it/);
    expect(await requestCount(sandbox(), 'POST /2/tweets')).toBe(1);
  });

  it('reports a duplicate as duplicate after exactly one POST /2/tweets for that attempt', async () => {
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    await provider.publish({ text: 'Said once' });
    expect(await requestCount(sandbox(), 'POST /2/tweets')).toBe(1);
    const error = await rejection(provider.publish({ text: 'Said once' }));
    expect(error).toMatchObject({ code: 'duplicate', details: { status: 403 } });
    expect((error as Error).message).not.toContain(DUPLICATE_DETAIL);
    expect(await requestCount(sandbox(), 'POST /2/tweets')).toBe(2);
    const posts = (await sandbox().admin<{ data: { text: string }[] }>('GET', '/admin/posts')).body.data;
    expect(posts.map((post) => post.text)).toEqual(['Said once']);
  });

  it('reports text over 280 weighted characters as too_long', async () => {
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    expect(await rejection(provider.publish({ text: 'x'.repeat(281) }))).toMatchObject({ code: 'too_long', details: { status: 400 } });
  });

  it('refuses a quote on pay-per-use as not_allowed (X’s answer cannot tell plan from summons)', async () => {
    const other = addUser(world(), 'pp_quoted');
    const theirs = addPost(world(), other.id, 'Worth quoting');
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const error = await rejection(provider.publish({ text: 'Our view on this', quoteOfId: theirs.id }));
    expect(error).toMatchObject({ code: 'not_allowed', details: { status: 403 } });
  });
});

describe('threads', () => {
  it('publishes each part as a reply to the one before', async () => {
    const { provider } = providerFor(sandbox(), 'Sch4Change');
    const result = await provider.publishThread([{ text: 'Thread 1/3: term dates' }, { text: 'Thread 2/3: inset days' }, { text: 'Thread 3/3: holidays' }]);
    expect(result.error).toBeNull();
    expect(result.published.map((part) => part.text)).toEqual(['Thread 1/3: term dates', 'Thread 2/3: inset days', 'Thread 3/3: holidays']);
    const [first, second, third] = result.published.map((part) => world().posts.get(part.id)!);
    expect(first?.inReplyToPostId).toBeNull();
    expect(second).toMatchObject({ inReplyToPostId: first?.id, conversationId: first?.id });
    expect(third).toMatchObject({ inReplyToPostId: second?.id, conversationId: first?.id });
  });

  it('stops at the first failure and returns what went out', async () => {
    const { provider } = providerFor(sandbox(), 'Sch4Change');
    const result = await provider.publishThread([{ text: 'Stops: part one' }, { text: 'y'.repeat(300) }, { text: 'Stops: never sent' }]);
    expect(result.published.map((part) => part.text)).toEqual(['Stops: part one']);
    expect(result.error).toMatchObject({ code: 'too_long' });
    expect(await requestCount(sandbox(), 'POST /2/tweets')).toBe(2);
  });
});

describe('deletePost', () => {
  it('deletes the account’s post; deleting it again is not_found', async () => {
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const post = await provider.publish({ text: 'Posted by mistake' });
    await provider.deletePost(post.id);
    expect(world().posts.get(post.id)).toBeUndefined();
    expect(await rejection(provider.deletePost(post.id))).toMatchObject({ code: 'not_found' });
  });
});

describe('lookupPosts', () => {
  it('answers the posts X still has and, in one request, the ids it could not find (deleted)', async () => {
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const other = addUser(world(), 'pp_lookup');
    const kept = addPost(world(), other.id, 'Still here');
    const gone = await provider.publish({ text: 'Deleted after the chat read it' });
    await provider.deletePost(gone.id);
    const answer = await provider.lookupPosts([kept.id, gone.id]);
    expect(answer.items.map((item) => [item.id, item.author.handle])).toEqual([[kept.id, 'pp_lookup']]);
    expect(answer.notFound).toEqual([gone.id]);
    expect(await requestCount(sandbox(), 'GET /2/tweets')).toBe(1);
    // More than X's 100 ids is refused before anything is sent.
    const tooMany = Array.from({ length: 101 }, (_, index) => String(1000 + index));
    expect(await rejection(provider.lookupPosts(tooMany))).toMatchObject({ message: expect.stringMatching(/^ids: a post lookup takes 1 to 100 ids/) as unknown });
    expect(await requestCount(sandbox(), 'GET /2/tweets')).toBe(1);
  });
});

describe('engagement on pay-per-use', () => {
  it('like is forbidden with planExcludes; repost still works', async () => {
    const other = addUser(world(), 'pp_liked');
    const theirs = addPost(world(), other.id, 'Likeable');
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const liked = await rejection(provider.like(theirs.id));
    expect(liked).toMatchObject({ code: 'forbidden', details: { planExcludes: true, endpoint: 'POST /2/users/:id/likes', status: 403 } });
    expect(await rejection(provider.unlike(theirs.id))).toMatchObject({ code: 'forbidden', details: { planExcludes: true } });
    await provider.repost(theirs.id);
    await provider.unrepost(theirs.id);
  });

  it('block is forbidden without any request reaching X', async () => {
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const error = await rejection(provider.block('12345'));
    expect(error).toMatchObject({ code: 'forbidden' });
    expect((error as Error).message).toMatch(/block on x\.com/i);
    const stats = await sandbox().admin<{ requestsPerEndpoint: Record<string, number> }>('GET', '/admin/stats');
    expect(stats.body.requestsPerEndpoint).toEqual({});
  });
});
