// The X provider on the enterprise plan, where X still allows quotes and likes: quote posts read
// back with the quoted post, like/unlike and repost/unrepost seen in the post's metrics, hiding a
// reply in the account's conversation, and mute/unmute.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { useSandbox } from '../../helpers/sandbox';
import { addPost, addReply, addUser } from '../../helpers/sandbox-world';
import { closeEndpoints, providerFor, rejection } from './harness';

const sandbox = useSandbox({ plan: 'enterprise' });
beforeEach(() => sandbox().server.context.reset());
afterAll(closeEndpoints);

const world = () => sandbox().server.world;

describe('on the enterprise plan', () => {
  it('quotes a post; the account’s timeline shows the quote with the quoted post', async () => {
    const author = addUser(world(), 'ent_author');
    const original = addPost(world(), author.id, 'Our new guidance is out');
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const quote = await provider.publish({ text: 'Read this before winter', quoteOfId: original.id });
    const me = await provider.identity();
    const page = await provider.timeline({ kind: 'user', userId: me.userId });
    const item = page.items.find((candidate) => candidate.id === quote.id);
    expect(item).toMatchObject({ quotedId: original.id, repostOfId: null, replyToId: null });
    expect(item?.referenced).toEqual([
      expect.objectContaining({ id: original.id, text: 'Our new guidance is out', author: expect.objectContaining({ handle: 'ent_author' }) }),
    ]);
  });

  it('likes and reposts, and undoes both, as the post’s metrics show', async () => {
    const author = addUser(world(), 'ent_liked');
    const post = addPost(world(), author.id, 'A post to like and repost');
    const { provider } = providerFor(sandbox(), 'Sch4Change');
    const metrics = async () => {
      const page = await provider.timeline({ kind: 'user', userId: author.id });
      return page.items.find((item) => item.id === post.id)?.metrics;
    };
    await provider.like(post.id);
    await provider.repost(post.id);
    expect(await metrics()).toMatchObject({ likes: 1, reposts: 1 });
    await provider.unlike(post.id);
    await provider.unrepost(post.id);
    expect(await metrics()).toMatchObject({ likes: 0, reposts: 0 });
  });

  it('hides and unhides a reply in the account’s conversation; a missing post is not_found', async () => {
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const mine = await provider.publish({ text: 'Questions welcome below' });
    const rude = addUser(world(), 'ent_rude');
    const reply = addReply(world(), rude.id, world().posts.get(mine.id)!, 'Something unkind');
    await provider.hideReply(reply.id, true);
    expect(world().posts.get(reply.id)?.hidden).toBe(true);
    await provider.hideReply(reply.id, false);
    expect(world().posts.get(reply.id)?.hidden).toBe(false);
    expect(await rejection(provider.hideReply('999999999', true))).toMatchObject({ code: 'not_found' });
  });

  it('mutes and unmutes an account', async () => {
    const noisy = addUser(world(), 'ent_noisy');
    const { provider } = providerFor(sandbox(), 'sam_comms');
    const me = await provider.identity();
    await provider.mute(noisy.id);
    expect(world().engagement.related('mutes', me.userId, noisy.id)).toBe(true);
    await provider.unmute(noisy.id);
    expect(world().engagement.related('mutes', me.userId, noisy.id)).toBe(false);
  });
});
