// POST /2/tweets bodies X refuses before anything is stored: schema violations in X's validator
// wording, poll limits, attachments that exclude each other, and media the caller cannot attach.
import type { TwitterApi } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import type { StoredMedia } from '../../../src/main/sandbox/store/media';
import { useSandbox } from '../../helpers/sandbox';
import { INVALID_REQUEST, failure, rawAs, textFactory, userIdOf } from '../../helpers/x-errors';

const sandbox = useSandbox();
const as = (username: string): TwitterApi => sandbox().clientFor(username);
const unique = textFactory();

describe('POST /2/tweets input', () => {
  it('answers wrong types, unknown properties and missing parts with X’s schema messages', async () => {
    const post = async (body: unknown) => {
      const response = await rawAs(sandbox(), 'HorizonsNHS', 'POST', '/2/tweets', JSON.stringify(body));
      expect(response.status).toBe(400);
      const parsed = response.json<typeof INVALID_REQUEST & { errors: { parameters: Record<string, string[]>; message: string }[] }>();
      expect(parsed).toMatchObject(INVALID_REQUEST);
      return parsed.errors;
    };
    expect(await post({ text: 5 })).toEqual([{ parameters: { '$.text': ['5'] }, message: '$.text: integer found, string expected' }]);
    expect(await post({ text: 'hi', colour: 'blue' })).toEqual([
      { parameters: { '$.colour': ['"blue"'] }, message: '$.colour: is not defined in the schema and the schema does not allow additional properties' },
    ]);
    expect(await post({ text: 'hi', reply: {} })).toEqual([
      { parameters: { '$.reply': ['{}'] }, message: '$.reply.in_reply_to_tweet_id: is missing but it is required' },
    ]);
    expect(await post({ text: 'hi', media: { media_ids: '123' } })).toEqual([
      { parameters: { '$.media.media_ids': ['"123"'] }, message: '$.media.media_ids: string found, array expected' },
    ]);
    expect(await post({ text: 'hi', media: { media_ids: [] } })).toEqual([
      { parameters: { '$.media.media_ids': ['[]'] }, message: '$.media.media_ids: there must be a minimum of 1 item in the array' },
    ]);
    expect((await post({ text: 'hi', media: { media_ids: ['1', '2', '3', '4', '5'] } }))[0]?.message).toBe(
      '$.media.media_ids: there must be a maximum of 4 items in the array',
    );
    expect((await post({ text: 'hi', quote_tweet_id: 'abc' }))[0]?.message).toBe('$.quote_tweet_id: does not match the regex pattern ^[0-9]{1,19}$');
    expect((await post({ text: 'hi', reply_settings: 'everyone' }))[0]?.message).toBe(
      '$.reply_settings: does not have a value in the enumeration [following, mentionedUsers, subscribers, verified]',
    );
    expect((await post([1]))[0]?.message).toBe('$: array found, object expected');
    expect(await post({})).toEqual([{ parameters: { text: [''] }, message: '$.text: is missing but it is required' }]);
    expect((await post({ text: '   ' }))[0]?.message).toBe('$.text: is missing but it is required');
  });

  it('validates polls: 2–4 options of 1–25 characters, 5–10080 minutes', async () => {
    const client = as('HorizonsNHS');
    const poll = (options: string[], duration_minutes: number) => failure(client.v2.tweet(unique('Poll'), { poll: { options, duration_minutes } }));
    expect((await poll(['only'], 60)).data.errors?.[0]?.message).toBe('$.poll.options: there must be a minimum of 2 items in the array');
    expect((await poll(['a', 'b', 'c', 'd', 'e'], 60)).data.errors?.[0]?.message).toBe('$.poll.options: there must be a maximum of 4 items in the array');
    expect((await poll(['x'.repeat(26), 'b'], 60)).data.errors?.[0]?.message).toBe('$.poll.options[0]: may only be 25 characters long');
    expect((await poll(['a', ''], 60)).data.errors?.[0]?.message).toBe('$.poll.options[1]: must be at least 1 characters long');
    expect((await poll(['a', 'b'], 4)).data.errors?.[0]?.message).toBe('$.poll.duration_minutes: must have a minimum value of 5');
    expect((await poll(['a', 'b'], 10081)).data.errors?.[0]?.message).toBe('$.poll.duration_minutes: must have a maximum value of 10080');
    expect((await poll(['a', 'b'], 7.5)).data.errors?.[0]?.message).toBe('$.poll.duration_minutes: number found, integer expected');

    const posted = await client.v2.tweet(unique('Which day suits?'), { poll: { options: ['Tuesday', 'Thursday'], duration_minutes: 1440 } });
    const read = await client.v2.singleTweet(posted.data.id, { expansions: ['attachments.poll_ids'], 'poll.fields': ['options', 'duration_minutes', 'voting_status'] });
    expect(read.includes?.polls?.[0]).toMatchObject({
      duration_minutes: 1440,
      voting_status: 'open',
      options: [
        { position: 1, label: 'Tuesday', votes: 0 },
        { position: 2, label: 'Thursday', votes: 0 },
      ],
    });
  });

  it('refuses media, poll and quote together with a 400', async () => {
    const error = await failure(
      as('HorizonsNHS').v2.tweet(unique('Both'), { media: { media_ids: ['1'] }, poll: { options: ['a', 'b'], duration_minutes: 30 } }),
    );
    expect(error.code).toBe(400);
    expect(error.data).toMatchObject(INVALID_REQUEST);
    expect(Object.keys(error.data.errors?.[0]?.parameters ?? {})).toEqual(['media', 'poll']);
    expect(error.data.errors?.[0]?.message).toBe('$: only one of [media, poll, quote_tweet_id, card_uri] may be present; got media, poll');
    const quoteAndPoll = await failure(as('HorizonsNHS').v2.tweet(unique('Quote and poll'), { quote_tweet_id: '1', poll: { options: ['a', 'b'], duration_minutes: 30 } }));
    expect(quoteAndPoll.code).toBe(400);
  });

  it('attaches the caller’s own finished, unexpired media and refuses anything else', async () => {
    const fixture = sandbox();
    const { world } = fixture.server;
    const media = (owner: string, changes: Partial<StoredMedia> = {}): string => {
      const id = world.nextId();
      world.media.insert({
        id,
        mediaKey: `3_${id}`,
        ownerId: userIdOf(fixture, owner),
        type: 'photo',
        mimeType: 'image/png',
        category: 'tweet_image',
        totalBytes: 1000,
        receivedBytes: 1000,
        segments: 1,
        width: 640,
        height: 480,
        durationMs: null,
        altText: 'A ward whiteboard',
        state: 'succeeded',
        createdAt: world.nowIso(),
        expiresAt: new Date(world.clock.nowMs() + 3600_000).toISOString(),
        ...changes,
      });
      return id;
    };
    const client = as('HorizonsNHS');
    const photo = media('HorizonsNHS');
    const posted = await client.v2.tweet({ media: { media_ids: [photo] } });
    expect(posted.data.text).toBe('');
    const read = await client.v2.singleTweet(posted.data.id, { expansions: ['attachments.media_keys'], 'media.fields': ['alt_text', 'type'] });
    expect(read.data.attachments?.media_keys).toEqual([`3_${photo}`]);
    expect(read.includes?.media?.[0]).toMatchObject({ media_key: `3_${photo}`, type: 'photo', alt_text: 'A ward whiteboard' });

    const refused = async (ids: [string] | [string, string]) => {
      const error = await failure(client.v2.tweet(unique('With media'), { media: { media_ids: ids } }));
      expect(error.code).toBe(400);
      expect(error.data).toEqual({ ...INVALID_REQUEST, errors: [{ parameters: { 'media.media_ids': ids }, message: 'Your media IDs are invalid.' }] });
    };
    await refused([media('sam_comms')]);
    await refused([media('HorizonsNHS', { state: 'pending' })]);
    await refused([media('HorizonsNHS', { expiresAt: new Date(world.clock.nowMs() - 1000).toISOString() })]);
    await refused(['1234567890']);
    await refused([media('HorizonsNHS'), media('HorizonsNHS', { type: 'video', mediaKey: `7_${world.nextId()}` })]);
  });

});
