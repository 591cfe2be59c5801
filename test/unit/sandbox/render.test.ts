import { describe, expect, it } from 'vitest';
import {
  TwitterApi,
  TwitterV2IncludesHelper,
  type ITwitterApiClientPlugin,
  type TweetV2HomeTimelineParams,
} from 'twitter-api-v2';
import { makeSandboxPost } from '../../helpers/sandbox-records';
import type { PublicMetrics, SandboxMedia, SandboxPoll, SandboxPost, SandboxUser } from '../../../src/main/sandbox/model';
import {
  defaultSelection,
  parseFieldSelection,
  renderListMeta,
  renderPostPage,
  renderPosts,
  renderPostsByIds,
  renderSinglePost,
  renderSingleUser,
  renderUserPage,
  renderUsersByKeys,
  type FieldSelection,
  type PrimaryResource,
  type RenderLookup,
  type XIncludes,
} from '../../../src/main/sandbox/render';

// ---------------------------------------------------------------------------------------------
// Fixture: four users, a small conversation, a photo, a video and a poll.

const ALICE = '1000000000000000001';
const BOB = '1000000000000000002';
const CAROL = '1000000000000000003';
const DAVE = '1000000000000000004'; // deleted: never in the lookup

function user(id: string, username: string, overrides: Partial<SandboxUser> = {}): SandboxUser {
  return {
    id,
    username,
    name: username.toUpperCase(),
    description: '',
    location: null,
    url: null,
    profileImageUrl: `https://pbs.twimg.com/profile_images/${id}/a_normal.jpg`,
    verified: false,
    protected: false,
    kind: 'personal',
    createdAt: '2020-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const users = [
  user(ALICE, 'alice', {
    kind: 'corporate',
    verified: true,
    description: 'Comms at #Acme, ask @bob 🚀',
    url: 'https://acme.example',
    location: 'Lyon',
  }),
  user(BOB, 'bob'),
  user(CAROL, 'carol'),
];

const post = makeSandboxPost;

const PHOTO_KEY = '3_1900000000000000001';
const VIDEO_KEY = '7_1900000000000000002';
const POLL: SandboxPoll = {
  id: '1700000000000000001',
  options: [
    { position: 2, label: 'No', votes: 3 },
    { position: 1, label: 'Yes', votes: 5 },
  ],
  durationMinutes: 1440,
  endDatetime: '2026-11-26T09:00:00.000Z',
  votingStatus: 'open',
};

/** Emoji before the entities: code-point and UTF-16 offsets differ by 2 from there on. */
const ROOT_TEXT = 'Launch day 👋🏽 #Launch at https://example.com/a?b=c with @bob $ACME';

const root = post('1800000000000000001', ALICE, ROOT_TEXT, { mediaKeys: [PHOTO_KEY] });
const reply = post('1800000000000000002', BOB, '@alice congrats! 🎉', {
  conversationId: root.id,
  inReplyToPostId: root.id,
  inReplyToUserId: ALICE,
  mediaKeys: [VIDEO_KEY],
});
const quote = post('1800000000000000003', CAROL, 'Big day for them', { quotedPostId: root.id });
const repost = post('1800000000000000004', CAROL, 'stored text is not trusted', { repostOfId: reply.id });
const pollPost = post('1800000000000000006', ALICE, 'Coffee or tea?', { poll: POLL });
/** Replies to a deleted post by a deleted user. */
const orphan = post('1800000000000000005', BOB, 'replying into the void', {
  conversationId: '1800000000000000999',
  inReplyToPostId: '1800000000000000999',
  inReplyToUserId: DAVE,
});

const posts = [root, reply, quote, repost, pollPost, orphan];
const page = [root, reply, quote, repost, pollPost];

function media(mediaKey: string, overrides: Partial<SandboxMedia>): SandboxMedia {
  return {
    id: mediaKey.split('_')[1] ?? mediaKey,
    mediaKey,
    ownerId: ALICE,
    type: 'photo',
    mimeType: 'image/jpeg',
    totalBytes: 1000,
    width: 1200,
    height: 675,
    durationMs: null,
    altText: null,
    state: 'succeeded',
    createdAt: '2026-11-25T08:00:00.000Z',
    expiresAt: '2026-11-26T08:00:00.000Z',
    ...overrides,
  };
}

const mediaList = [
  media(PHOTO_KEY, { altText: 'A rocket on the pad' }),
  media(VIDEO_KEY, { type: 'video', mimeType: 'video/mp4', ownerId: BOB, durationMs: 12_000 }),
];

const METRICS: PublicMetrics = {
  retweet_count: 1,
  reply_count: 2,
  like_count: 3,
  quote_count: 4,
  bookmark_count: 5,
  impression_count: 6,
};

function lookup(pinned: Record<string, string> = {}): RenderLookup {
  const usersById = new Map(users.map((u) => [u.id, u]));
  const postsById = new Map(posts.map((p) => [p.id, p]));
  const mediaByKey = new Map(mediaList.map((m) => [m.mediaKey, m]));
  return {
    user: (id) => usersById.get(id),
    userByUsername: (name) => users.find((u) => u.username.toLowerCase() === name.toLowerCase()),
    post: (id) => postsById.get(id),
    media: (key) => mediaByKey.get(key),
    metrics: () => METRICS,
    userMetrics: (id) => ({ followers_count: id === ALICE ? 10 : 1, following_count: 2, tweet_count: 3, listed_count: 0 }),
    pinnedPostId: (id) => pinned[id] ?? null,
  };
}

function select(query: Record<string, string>, resource: PrimaryResource = 'posts'): FieldSelection {
  const parsed = parseFieldSelection(query, resource);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

/** includes reduced to ids, so a test states exactly which objects went in. */
function includedIds(includes: XIncludes | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (includes?.users) out.users = includes.users.map((u) => u.id);
  if (includes?.tweets) out.tweets = includes.tweets.map((t) => t.id);
  if (includes?.media) out.media = includes.media.map((m) => m.media_key);
  if (includes?.polls) out.polls = includes.polls.map((p) => p.id);
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('fields', () => {
  it('with nothing asked, posts carry exactly X default fields and nothing else is sent', () => {
    const body = renderPosts(page, defaultSelection(), lookup());
    expect(Object.keys(body)).toEqual(['data']);
    for (const rendered of body.data ?? []) {
      expect(Object.keys(rendered).sort()).toEqual(['edit_history_tweet_ids', 'id', 'text']);
    }
    expect(body.data?.[0]).toEqual({ id: root.id, text: ROOT_TEXT, edit_history_tweet_ids: [root.id] });
  });

  it('with nothing asked, users carry id, name and username', () => {
    expect(renderSingleUser(users[1]!, defaultSelection(), lookup())).toEqual({ data: { id: BOB, name: 'BOB', username: 'bob' } });
  });

  it('renders each requested post field, and leaves out what a post does not have', () => {
    const selection = select({
      'tweet.fields': 'author_id,created_at,conversation_id,in_reply_to_user_id,referenced_tweets,attachments,public_metrics,lang,reply_settings,source,possibly_sensitive,edit_controls',
    });
    const { data } = renderPosts([root, reply], selection, lookup());
    expect(data?.[0]).toEqual({
      id: root.id,
      text: ROOT_TEXT,
      edit_history_tweet_ids: [root.id],
      author_id: ALICE,
      created_at: root.createdAt,
      conversation_id: root.id,
      attachments: { media_keys: [PHOTO_KEY] },
      public_metrics: METRICS,
      lang: 'en',
      reply_settings: 'everyone',
      source: 'Twitter Web App',
      possibly_sensitive: false,
      edit_controls: { edits_remaining: 5, is_edit_eligible: false, editable_until: '2026-11-25T10:00:00.000Z' },
    });
    expect(data?.[1]).toMatchObject({
      in_reply_to_user_id: ALICE,
      conversation_id: root.id,
      referenced_tweets: [{ type: 'replied_to', id: root.id }],
    });
  });

  it('accepts post.fields as an alias of tweet.fields', () => {
    const selection = select({ 'post.fields': 'created_at,author_id' });
    expect([...selection.tweetFields].sort()).toEqual(['author_id', 'created_at']);
    expect(renderSinglePost(root, selection, lookup()).data).toMatchObject({ created_at: root.createdAt, author_id: ALICE });
  });

  it('accepts repeated parameters and stray commas', () => {
    const parsed = parseFieldSelection({ 'tweet.fields': ['lang,', 'source'], expansions: 'author_id' }, 'posts');
    expect(parsed.ok && [...parsed.value.tweetFields]).toEqual(['lang', 'source']);
  });

  it('answers an unknown field with X 400 body', () => {
    const parsed = parseFieldSelection({ 'tweet.fields': 'created_at,bogus' }, 'posts');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toEqual({
      errors: [
        {
          parameters: { 'tweet.fields': ['bogus'] },
          message:
            'The `tweet.fields` query parameter value [bogus] is not one of [article,attachments,author_id,card_uri,community_id,context_annotations,conversation_id,created_at,display_text_range,edit_controls,edit_history_tweet_ids,entities,geo,id,in_reply_to_user_id,lang,matched_media_notes,media_metadata,non_public_metrics,note_request_suggestions,note_tweet,organic_metrics,paid_partnership,possibly_sensitive,promoted_metrics,public_metrics,referenced_tweets,reply_settings,scopes,source,suggested_source_links,suggested_source_links_with_counts,text,withheld]',
        },
      ],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    });
  });

  it('names the parameter the client used, one error per bad value', () => {
    const parsed = parseFieldSelection({ 'post.fields': 'nope', 'user.fields': 'x,y' }, 'posts');
    expect(!parsed.ok && parsed.error.errors.map((e) => e.parameters)).toEqual([
      { 'post.fields': ['nope'] },
      { 'user.fields': ['x'] },
      { 'user.fields': ['y'] },
    ]);
  });

  it('takes user expansions on user endpoints and post expansions on post endpoints', () => {
    const onUsers = parseFieldSelection({ expansions: 'author_id' }, 'users');
    expect(!onUsers.ok && onUsers.error.errors[0]?.message).toBe(
      'The `expansions` query parameter value [author_id] is not one of [affiliation.user_id,most_recent_tweet_id,pinned_tweet_id]',
    );
    expect(parseFieldSelection({ expansions: 'pinned_tweet_id' }, 'posts').ok).toBe(false);
  });

  it('renders user fields, with url "" and no location when the profile has none', () => {
    const selection = select(
      { 'user.fields': 'created_at,description,location,url,profile_image_url,protected,verified,verified_type,public_metrics' },
      'users',
    );
    const { data } = renderUsersByKeys([ALICE, BOB], selection, lookup(), 'ids');
    expect(data?.[0]).toEqual({
      id: ALICE,
      name: 'ALICE',
      username: 'alice',
      created_at: '2020-01-01T00:00:00.000Z',
      description: 'Comms at #Acme, ask @bob 🚀',
      location: 'Lyon',
      url: 'https://acme.example',
      profile_image_url: `https://pbs.twimg.com/profile_images/${ALICE}/a_normal.jpg`,
      protected: false,
      verified: true,
      verified_type: 'business',
      public_metrics: { followers_count: 10, following_count: 2, tweet_count: 3, listed_count: 0 },
    });
    expect(data?.[1]).toMatchObject({ url: '', description: '', verified_type: 'none' });
    expect(data?.[1]).not.toHaveProperty('location');
  });

  it('renders media and poll fields, defaulting to media_key+type and id+options', () => {
    const bare = renderPosts([root, pollPost], select({ expansions: 'attachments.media_keys,attachments.poll_ids' }), lookup());
    expect(bare.includes).toEqual({
      media: [{ media_key: PHOTO_KEY, type: 'photo' }],
      polls: [{ id: POLL.id, options: [{ position: 1, label: 'Yes', votes: 5 }, { position: 2, label: 'No', votes: 3 }] }],
    });

    const full = renderPosts(
      [root, reply, pollPost],
      select({
        expansions: 'attachments.media_keys,attachments.poll_ids',
        'media.fields': 'url,preview_image_url,width,height,alt_text,duration_ms,public_metrics',
        'poll.fields': 'duration_minutes,end_datetime,voting_status',
      }),
      lookup(),
    );
    expect(full.includes?.media).toEqual([
      { media_key: PHOTO_KEY, type: 'photo', url: 'https://pbs.twimg.com/media/1900000000000000001.jpg', width: 1200, height: 675, alt_text: 'A rocket on the pad' },
      {
        media_key: VIDEO_KEY,
        type: 'video',
        preview_image_url: 'https://pbs.twimg.com/ext_tw_video_thumb/1900000000000000002/pu/img/1900000000000000002.jpg',
        width: 1200,
        height: 675,
        duration_ms: 12_000,
        public_metrics: { view_count: 0 },
      },
    ]);
    expect(full.includes?.polls?.[0]).toMatchObject({ duration_minutes: 1440, end_datetime: POLL.endDatetime, voting_status: 'open' });
  });
});

describe('entities', () => {
  const selection = select({ 'tweet.fields': 'entities' });

  it('uses code-point offsets for text with an emoji and a URL', () => {
    const entities = renderSinglePost(root, selection, lookup()).data.entities;
    expect(entities).toEqual({
      hashtags: [{ start: 14, end: 21, tag: 'Launch' }],
      cashtags: [{ start: 61, end: 66, tag: 'ACME' }],
      mentions: [{ start: 56, end: 60, username: 'bob', id: BOB }],
      urls: [{ start: 25, end: 50, url: 'https://example.com/a?b=c', expanded_url: 'https://example.com/a?b=c', display_url: 'example.com/a?b=c' }],
    });
    // Slicing the text by code points gives back each entity, as it does with X.
    const codePoints = [...ROOT_TEXT];
    const slice = (span: { start: number; end: number }): string => codePoints.slice(span.start, span.end).join('');
    expect(slice(entities!.hashtags![0]!)).toBe('#Launch');
    expect(slice(entities!.urls![0]!)).toBe('https://example.com/a?b=c');
    expect(slice(entities!.mentions![0]!)).toBe('@bob');
    expect(slice(entities!.cashtags![0]!)).toBe('$ACME');
  });

  it('leaves out mentions of unknown users and omits entities when there are none', () => {
    const ghost = post('1800000000000000010', BOB, 'hi @nobody_here and www.example.org');
    const rendered = renderSinglePost(ghost, selection, lookup()).data;
    expect(rendered.entities).toEqual({
      urls: [{ start: 20, end: 35, url: 'www.example.org', expanded_url: 'http://www.example.org', display_url: 'example.org' }],
    });
    expect(renderSinglePost(pollPost, selection, lookup()).data).not.toHaveProperty('entities');
  });

  it('renders profile entities without mention ids', () => {
    const { data } = renderSingleUser(users[0]!, select({ 'user.fields': 'entities' }, 'users'), lookup());
    expect(data.entities).toEqual({
      description: {
        hashtags: [{ start: 9, end: 14, tag: 'Acme' }],
        mentions: [{ start: 20, end: 24, username: 'bob' }],
      },
      url: { urls: [{ start: 0, end: 20, url: 'https://acme.example', expanded_url: 'https://acme.example', display_url: 'acme.example' }] },
    });
  });
});

describe('reposts', () => {
  it('render as "RT @author: original text" and reference only the reposted post', () => {
    const { data } = renderSinglePost(repost, select({ 'tweet.fields': 'referenced_tweets,entities' }), lookup());
    expect(data.text).toBe('RT @bob: @alice congrats! 🎉');
    expect(data.referenced_tweets).toEqual([{ type: 'retweeted', id: reply.id }]);
    expect(data.entities?.mentions?.map((m) => m.username)).toEqual(['bob', 'alice']);
  });
});

describe('expansions', () => {
  const cases: [string, Record<string, string[]>][] = [
    ['author_id', { users: [ALICE, BOB, CAROL] }],
    ['referenced_tweets.id', { tweets: [root.id, reply.id] }],
    ['referenced_tweets.id.author_id', { users: [ALICE, BOB] }],
    ['in_reply_to_user_id', { users: [ALICE] }],
    ['attachments.media_keys', { media: [PHOTO_KEY, VIDEO_KEY] }],
    ['attachments.poll_ids', { polls: [POLL.id] }],
    ['entities.mentions.username', { users: [BOB, ALICE] }],
    ['referenced_tweets.id.attachments.media_keys', { media: [PHOTO_KEY, VIDEO_KEY] }],
  ];

  it.each(cases)('%s puts exactly the right objects in includes', (expansion, expected) => {
    const body = renderPosts(page, select({ expansions: expansion }), lookup());
    expect(includedIds(body.includes)).toEqual(expected);
    expect(body).not.toHaveProperty('errors');
  });

  it('adds the fields an expansion reads, so clients can match includes back', () => {
    const { data } = renderPosts(page, select({ expansions: 'author_id,referenced_tweets.id,attachments.media_keys' }), lookup());
    expect(data?.[0]).toMatchObject({ author_id: ALICE, attachments: { media_keys: [PHOTO_KEY] } });
    expect(data?.[2]).toMatchObject({ author_id: CAROL, referenced_tweets: [{ type: 'quoted', id: root.id }] });
  });

  it('expands only the primary objects, rendering included posts with the same fields', () => {
    const body = renderPosts([quote], select({ expansions: 'author_id,referenced_tweets.id', 'tweet.fields': 'created_at' }), lookup());
    // The quoted post's author (alice) is not pulled in by author_id.
    expect(includedIds(body.includes)).toEqual({ users: [CAROL], tweets: [root.id] });
    expect(body.includes?.tweets?.[0]).toMatchObject({ id: root.id, created_at: root.createdAt, author_id: ALICE });
  });

  it('de-duplicates includes across posts and expansions', () => {
    const body = renderPosts(
      [root, reply, pollPost, quote],
      select({ expansions: 'author_id,in_reply_to_user_id,referenced_tweets.id,referenced_tweets.id.author_id,entities.mentions.username' }),
      lookup(),
    );
    expect(includedIds(body.includes)).toEqual({ users: [ALICE, BOB, CAROL], tweets: [root.id] });
  });

  it('reports deleted targets as partial errors and still renders the post', () => {
    const body = renderPosts([orphan], select({ expansions: 'referenced_tweets.id,in_reply_to_user_id' }), lookup());
    expect(body.data?.map((p) => p.id)).toEqual([orphan.id]);
    expect(body).not.toHaveProperty('includes');
    expect(body.errors).toEqual([
      {
        value: DAVE,
        detail: `Could not find user with in_reply_to_user_id: [${DAVE}].`,
        title: 'Not Found Error',
        resource_type: 'user',
        parameter: 'in_reply_to_user_id',
        resource_id: DAVE,
        type: 'https://api.twitter.com/2/problems/resource-not-found',
      },
      {
        value: '1800000000000000999',
        detail: 'Could not find tweet with referenced_tweets.id: [1800000000000000999].',
        title: 'Not Found Error',
        resource_type: 'tweet',
        parameter: 'referenced_tweets.id',
        resource_id: '1800000000000000999',
        type: 'https://api.twitter.com/2/problems/resource-not-found',
      },
    ]);
  });

  it('looks posts up by id with X "Could not find tweet with ids" errors', () => {
    const body = renderPostsByIds([root.id, '1800000000000000777'], defaultSelection(), lookup());
    expect(body.data?.map((p) => p.id)).toEqual([root.id]);
    expect(body.errors).toEqual([
      {
        value: '1800000000000000777',
        detail: 'Could not find tweet with ids: [1800000000000000777].',
        title: 'Not Found Error',
        resource_type: 'tweet',
        parameter: 'ids',
        resource_id: '1800000000000000777',
        type: 'https://api.twitter.com/2/problems/resource-not-found',
      },
    ]);
    expect(renderPostsByIds(['1800000000000000777'], defaultSelection(), lookup())).not.toHaveProperty('data');
  });

  it('expands pinned_tweet_id on users', () => {
    const body = renderUsersByKeys(['alice', 'ghost'], select({ expansions: 'pinned_tweet_id' }, 'users'), lookup({ [ALICE]: pollPost.id }), 'usernames');
    expect(body.data).toEqual([{ id: ALICE, name: 'ALICE', username: 'alice', pinned_tweet_id: pollPost.id }]);
    expect(includedIds(body.includes)).toEqual({ tweets: [pollPost.id] });
    expect(body.errors?.[0]).toMatchObject({ detail: 'Could not find user with usernames: [ghost].', parameter: 'usernames', resource_type: 'user' });
  });
});

describe('list meta', () => {
  it('is exactly {"meta":{"result_count":0}} for an empty page', () => {
    expect(JSON.stringify(renderPostPage([], select({ expansions: 'author_id' }), lookup()))).toBe('{"meta":{"result_count":0}}');
    expect(renderListMeta([])).toEqual({ result_count: 0 });
  });

  it('gives the newest and oldest ids and the tokens', () => {
    expect(renderListMeta([reply, root, pollPost], 'next1', 'prev1')).toEqual({
      result_count: 3,
      newest_id: pollPost.id,
      oldest_id: root.id,
      next_token: 'next1',
      previous_token: 'prev1',
    });
    // Ids of different lengths compare as numbers, not strings.
    expect(renderListMeta([{ id: '999' }, { id: '1000' }])).toMatchObject({ newest_id: '1000', oldest_id: '999' });
  });

  it('has counts and tokens but no ids for user lists', () => {
    expect(renderUserPage(users, defaultSelection(), lookup(), { next: 'n' }).meta).toEqual({ result_count: 3, next_token: 'n' });
  });
});

// ---------------------------------------------------------------------------------------------
// twitter-api-v2, unmodified, must parse what we render. A plugin answers its requests from the
// renderer before they reach the network, so the library's own paginators and includes helpers run
// on our JSON exactly as they would on a sandbox response.

describe('twitter-api-v2 parses the rendered shapes', () => {
  function page5(): SandboxPost[] {
    return [...page].sort((a, b) => (a.id < b.id ? 1 : -1));
  }

  /** A fake api.x.com: routes a request to the renderer, paging newest-first by index tokens. */
  function sandboxPlugin(requests: { path: string; query: Record<string, string> }[]): ITwitterApiClientPlugin {
    const timeline = page5();
    return {
      onBeforeRequestConfig({ params }) {
        const path = new URL(params.url).pathname.replace(/^\/2\//, '');
        const query: Record<string, string> = {};
        for (const [key, value] of Object.entries(params.query ?? {})) {
          if (value !== undefined) query[key] = Array.isArray(value) ? value.join(',') : String(value);
        }
        requests.push({ path, query });
        const resource: PrimaryResource = path.startsWith('users/') && !path.includes('/timelines') && !path.includes('/mentions') ? 'users' : 'posts';
        const parsed = parseFieldSelection(query, resource);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
        const selection = parsed.value;
        const respond = (data: unknown) => ({ data, headers: {}, rateLimit: { limit: 300, remaining: 299, reset: 0 } });

        if (path === 'users/me') return respond(renderSingleUser(users[0]!, selection, lookup()));
        if (path === 'tweets/:id') {
          const found = lookup().post(String(params.params?.id));
          return respond(found ? renderSinglePost(found, selection, lookup()) : renderPostsByIds([String(params.params?.id)], selection, lookup(), 'id'));
        }
        const size = Number(query.max_results ?? 10);
        const start = Number(query.pagination_token ?? query.next_token ?? 0);
        const slice = timeline.slice(start, start + size);
        const next = start + size < timeline.length ? String(start + size) : undefined;
        return respond(renderPostPage(slice, selection, lookup(), { next }));
      },
    };
  }

  const EXPANSIONS = ['author_id', 'referenced_tweets.id', 'referenced_tweets.id.author_id', 'in_reply_to_user_id', 'attachments.media_keys', 'attachments.poll_ids'] as const;

  it('resolves author, quote, reply, repost, media and poll through TwitterV2IncludesHelper', async () => {
    const client = new TwitterApi('token', { plugins: [sandboxPlugin([])] });
    const result = await client.v2.singleTweet(quote.id, { expansions: [...EXPANSIONS], 'tweet.fields': ['created_at'] });
    const helper = new TwitterV2IncludesHelper(result);
    expect(helper.author(result.data)?.username).toBe('carol');
    expect(helper.quote(result.data)?.id).toBe(root.id);
    // The quoted post in includes carries author_id (referenced_tweets.id.author_id), so it resolves too.
    expect(helper.author(helper.quote(result.data)!)?.username).toBe('alice');

    const rt = await client.v2.singleTweet(repost.id, { expansions: [...EXPANSIONS] });
    const rtHelper = new TwitterV2IncludesHelper(rt);
    expect(rtHelper.retweet(rt.data)?.id).toBe(reply.id);
    expect(rt.data.text).toBe('RT @bob: @alice congrats! 🎉');

    const withMedia = await client.v2.singleTweet(reply.id, { expansions: [...EXPANSIONS], 'media.fields': ['preview_image_url', 'duration_ms'] });
    const mediaHelper = new TwitterV2IncludesHelper(withMedia);
    expect(mediaHelper.repliedTo(withMedia.data)?.id).toBe(root.id);
    expect(mediaHelper.repliedToAuthor(withMedia.data)?.username).toBe('alice');
    expect(mediaHelper.medias(withMedia.data)).toEqual([expect.objectContaining({ media_key: VIDEO_KEY, type: 'video', duration_ms: 12_000 })]);

    const poll = await client.v2.singleTweet(pollPost.id, { expansions: [...EXPANSIONS] });
    expect(new TwitterV2IncludesHelper(poll).poll(poll.data)?.options.map((o) => o.label)).toEqual(['Yes', 'No']);
  });

  it('pages a home timeline with pagination_token and merges includes across pages', async () => {
    const requests: { path: string; query: Record<string, string> }[] = [];
    const client = new TwitterApi('token', { plugins: [sandboxPlugin(requests)] });
    // post.fields is not in the library's types; a non-literal object passes it through untouched.
    const options: Partial<TweetV2HomeTimelineParams> & { 'post.fields': string } = { max_results: 2, expansions: ['author_id'], 'post.fields': 'created_at' };
    const timeline = await client.v2.homeTimeline(options);
    expect(timeline.tweets.map((t) => t.id)).toEqual([pollPost.id, repost.id]);
    expect(timeline.meta).toMatchObject({ result_count: 2, newest_id: pollPost.id, oldest_id: repost.id, next_token: '2' });
    expect(timeline.done).toBe(false);

    const seen: string[] = [];
    for await (const tweet of timeline) {
      seen.push(tweet.id);
      expect(timeline.includes.author(tweet)).toBeDefined();
    }
    expect(seen).toEqual(page5().map((p) => p.id));
    expect(requests.find((r) => r.path === 'users/:id/timelines/reverse_chronological' && r.query.pagination_token === '2')).toBeDefined();
    expect(timeline.done).toBe(true);
    expect(timeline.meta.result_count).toBe(5);
    expect(timeline.includes.users.map((u) => u.username).sort()).toEqual(['alice', 'alice', 'bob', 'carol', 'carol']);
  });

  it('pages a search with next_token and ends on a page without one', async () => {
    const requests: { path: string; query: Record<string, string> }[] = [];
    const client = new TwitterApi('token', { plugins: [sandboxPlugin(requests)] });
    const search = await client.v2.search('launch', { max_results: 3 });
    await search.fetchNext();
    expect(search.tweets).toHaveLength(5);
    expect(requests.at(-1)?.query.next_token).toBe('3');
    expect(search.done).toBe(true);
    expect(search.meta.oldest_id).toBe(root.id);
  });

  it('handles an empty page: no data, no includes, paginator done', async () => {
    const client = new TwitterApi('token', {
      plugins: [{ onBeforeRequestConfig: () => ({ data: renderPostPage([], defaultSelection(), lookup()), headers: {} }) }],
    });
    const mentions = await client.v2.userMentionTimeline(ALICE);
    expect(mentions.tweets).toEqual([]);
    expect(mentions.done).toBe(true);
    expect(mentions.includes.users).toEqual([]);
  });
});
