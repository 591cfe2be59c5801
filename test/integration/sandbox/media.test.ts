// Media upload v2 through the unmodified twitter-api-v2 client (v2.uploadMedia: initialize,
// multipart append, finalize, STATUS polling; v2.createMediaMetadata), a post carrying the media
// read back with its fields, and X's limits: types, sizes, segments, ownership, alt text length.
import type { TwitterApi } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import { ALT_TEXT_TOO_LONG_MESSAGE, MEDIA_NOT_OWNED_DETAIL } from '../../../src/main/sandbox/routes/media';
import { makeMp4, makePng, makePngOfSize, multipartBody } from '../../helpers/media-files';
import { useSandbox, type RawResponse } from '../../helpers/sandbox';
import { INVALID_REQUEST, failure, forbiddenBody, rawAs, userIdOf } from '../../helpers/x-errors';

const MB = 1024 * 1024;
const sandbox = useSandbox({ plan: 'enterprise' });
const as = (username: string): TwitterApi => sandbox().clientFor(username);

const initialize = (username: string, body: unknown): Promise<RawResponse> =>
  rawAs(sandbox(), username, 'POST', '/2/media/upload/initialize', JSON.stringify(body));

async function started(username: string, body: Record<string, unknown>): Promise<string> {
  const response = await initialize(username, body);
  expect(response.status).toBe(200);
  return response.json<{ data: { id: string } }>().data.id;
}

function append(username: string, id: string, fields: readonly (readonly [string, string | Buffer])[]): Promise<RawResponse> {
  const { body, contentType } = multipartBody(fields);
  const { accessToken } = sandbox().server.issueTokens(username, 'media.write');
  return sandbox().raw('POST', `/2/media/upload/${id}/append`, { headers: { authorization: `Bearer ${accessToken}`, 'content-type': contentType }, body });
}

const finalize = (username: string, id: string): Promise<RawResponse> => rawAs(sandbox(), username, 'POST', `/2/media/upload/${id}/finalize`, '{}');

function expectInvalid(response: RawResponse, parameter?: string): void {
  expect(response.status, response.text).toBe(400);
  const body = response.json<{ errors: { parameters: Record<string, unknown> }[] }>();
  expect(body).toMatchObject(INVALID_REQUEST);
  if (parameter) expect(Object.keys(body.errors[0]?.parameters ?? {})).toEqual([parameter]);
}

describe('image upload, alt text and a post that carries it', () => {
  it('uploads a PNG, adds alt text, posts it and reads width, height and alt text back', async () => {
    const client = as('HorizonsNHS');
    const id = await client.v2.uploadMedia(makePng(3, 2), { media_type: 'image/png' });
    expect(id).toMatch(/^\d{19}$/);
    const stored = sandbox().server.world.media.byId(id);
    expect(stored).toMatchObject({ state: 'succeeded', type: 'photo', width: 3, height: 2, mediaKey: `3_${id}`, segments: 1 });

    const alt = 'A grey square: the sandbox test image';
    await expect(client.v2.createMediaMetadata(id, { alt_text: { text: alt } })).resolves.toEqual({
      data: { id, associated_metadata: { alt_text: { text: alt } } },
    });

    const posted = await rawAs(sandbox(), 'HorizonsNHS', 'POST', '/2/tweets', JSON.stringify({ text: 'Look at this', media: { media_ids: [id] } }));
    expect(posted.status, posted.text).toBe(201);
    const postId = posted.json<{ data: { id: string } }>().data.id;
    const read = await client.v2.singleTweet(postId, { expansions: ['attachments.media_keys'], 'media.fields': ['alt_text', 'width', 'height'] });
    expect(read.data.attachments).toEqual({ media_keys: [`3_${id}`] });
    expect(read.includes?.media).toEqual([{ media_key: `3_${id}`, type: 'photo', width: 3, height: 2, alt_text: alt }]);
  });

  it('answers finalize with the image data and no processing_info', async () => {
    const png = makePng(5, 4);
    const id = await started('sam_comms', { media_type: 'image/png', total_bytes: png.length, media_category: 'tweet_image' });
    expect((await append('sam_comms', id, [['segment_index', '0'], ['media', png]])).json()).toEqual({
      data: { expires_at: expect.any(Number) as unknown },
    });
    const done = await finalize('sam_comms', id);
    expect(done.json()).toEqual({
      data: { id, media_key: `3_${id}`, size: png.length, expires_after_secs: 86400, image: { image_type: 'image/png', w: 5, h: 4 } },
    });
  });

  it('fails an upload whose bytes are not its declared type (400, state failed)', async () => {
    const error = await failure(as('sam_comms').v2.uploadMedia(Buffer.from('GIF89a not really a png, just text'), { media_type: 'image/png' }));
    expect(error.code).toBe(400);
    expect(error.data).toMatchObject(INVALID_REQUEST);
    const failed = sandbox().server.world.db.prepare("SELECT count(*) AS n FROM media WHERE state = 'failed'").get() as { n: number };
    expect(failed.n).toBe(1);
  });
});

describe('video upload', () => {
  it('uploads ~6 MB in several segments and waits for processing through STATUS', { timeout: 20_000 }, async () => {
    const video = makeMp4(6 * MB + 12_345);
    const id = await as('HorizonsNHS').v2.uploadMedia(video, { media_type: 'video/mp4' });
    expect(sandbox().server.world.media.byId(id)).toMatchObject({ state: 'succeeded', type: 'video', segments: 7, receivedBytes: video.length, mediaKey: `7_${id}` });
    const status = await rawAs(sandbox(), 'HorizonsNHS', 'GET', `/2/media/upload?command=STATUS&media_id=${id}`);
    expect(status.json()).toMatchObject({ data: { id, processing_info: { state: 'succeeded', progress_percent: 100 }, video: { video_type: 'video/mp4' } } });
  });

  it('moves pending → in_progress → succeeded by sandbox time', async () => {
    const { world } = sandbox().server;
    const video = makeMp4(2048);
    const id = await started('HorizonsNHS', { media_type: 'video/mp4', total_bytes: video.length });
    await append('HorizonsNHS', id, [['segment_index', '0'], ['media', video]]);
    const done = await finalize('HorizonsNHS', id);
    expect(done.json()).toMatchObject({ data: { id, media_key: `7_${id}`, processing_info: { state: 'pending', check_after_secs: 1 } } });
    const status = async (): Promise<unknown> =>
      (await rawAs(sandbox(), 'HorizonsNHS', 'GET', `/2/media/upload?command=STATUS&media_id=${id}`)).json<{ data: { processing_info: unknown } }>().data.processing_info;
    try {
      world.clock.setOffset(1500);
      expect(await status()).toMatchObject({ state: 'in_progress', check_after_secs: 1 });
      world.clock.setOffset(2500);
      expect(await status()).toEqual({ state: 'succeeded', progress_percent: 100 });
    } finally {
      world.clock.setOffset(0);
    }
  });
});

describe('X’s limits and bad input', () => {
  it('refuses oversize uploads per type (400 on total_bytes)', async () => {
    expectInvalid(await initialize('sam_comms', { media_type: 'image/png', total_bytes: 5 * MB + 1 }), 'total_bytes');
    expectInvalid(await initialize('sam_comms', { media_type: 'image/gif', total_bytes: 15 * MB + 1 }), 'total_bytes');
    expectInvalid(await initialize('sam_comms', { media_type: 'image/gif', total_bytes: 6 * MB, media_category: 'tweet_image' }), 'total_bytes');
    expectInvalid(await initialize('sam_comms', { media_type: 'video/mp4', total_bytes: 512 * MB + 1 }), 'total_bytes');
    await started('sam_comms', { media_type: 'image/gif', total_bytes: 6 * MB });
    await started('sam_comms', { media_type: 'video/quicktime', total_bytes: 512 * MB, media_category: 'amplify_video' });
    const error = await failure(as('sam_comms').v2.uploadMedia(makePngOfSize(5 * MB + 1), { media_type: 'image/png' }));
    expect(error.code).toBe(400);
  });

  it('refuses unsupported types and categories, and malformed initialize bodies', async () => {
    for (const media_type of ['image/svg+xml', 'application/pdf', 'video/webm', 'text/srt']) {
      expectInvalid(await initialize('sam_comms', { media_type, total_bytes: 100 }), 'media_type');
    }
    expectInvalid(await initialize('sam_comms', { media_type: 'video/mp4', total_bytes: 100, media_category: 'tweet_image' }), 'media_category');
    expectInvalid(await initialize('sam_comms', { media_type: 'image/png', total_bytes: 100, media_category: 'tweet_gif' }), 'media_category');
    expectInvalid(await initialize('sam_comms', { media_type: 'image/png', total_bytes: 100, media_category: 'wallpaper' }), 'media_category');
    expectInvalid(await initialize('sam_comms', {}));
    expectInvalid(await initialize('sam_comms', { media_type: 'image/png', total_bytes: '100' }), 'total_bytes');
    expectInvalid(await initialize('sam_comms', { media_type: 'image/png', total_bytes: 0 }), 'total_bytes');
    expectInvalid(await rawAs(sandbox(), 'sam_comms', 'POST', '/2/media/upload/initialize', 'media_type=image/png&total_bytes=100', 'application/x-www-form-urlencoded'));
    const noScope = await failure(sandbox().clientFor('sam_comms', 'tweet.read tweet.write users.read').v2.uploadMedia(makePng(1, 1), { media_type: 'image/png' }));
    expect(noScope.code).toBe(403);
  });

  it('checks appends: segment index, media part, total, owner, unknown id, finalized', async () => {
    const png = makePng(4, 4);
    const id = await started('sam_comms', { media_type: 'image/png', total_bytes: png.length });
    expectInvalid(await append('sam_comms', id, [['segment_index', '1000'], ['media', png]]), 'segment_index');
    expectInvalid(await append('sam_comms', id, [['segment_index', 'one'], ['media', png]]), 'segment_index');
    expectInvalid(await append('sam_comms', id, [['media', png]]), 'segment_index');
    expectInvalid(await append('sam_comms', id, [['segment_index', '0']]), 'media');
    expectInvalid(await append('sam_comms', id, [['segment_index', '0'], ['media', Buffer.concat([png, png])]]), 'media');
    expectInvalid(await rawAs(sandbox(), 'sam_comms', 'POST', `/2/media/upload/${id}/append`, 'hello', 'text/plain'));

    const theirs = await append('HorizonsNHS', id, [['segment_index', '0'], ['media', png]]);
    expect(theirs.status).toBe(403);
    expect(theirs.json()).toEqual(forbiddenBody(MEDIA_NOT_OWNED_DETAIL));
    const unknown = await append('sam_comms', '1234567', [['segment_index', '0'], ['media', png]]);
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({ title: 'Not Found Error', resource_type: 'media', value: '1234567' });

    // X's OpenAPI also takes JSON with base64 media.
    const json = await rawAs(sandbox(), 'sam_comms', 'POST', `/2/media/upload/${id}/append`, JSON.stringify({ segment_index: 0, media: png.toString('base64') }));
    expect(json.status, json.text).toBe(200);
    expect((await finalize('sam_comms', id)).status).toBe(200);
    expectInvalid(await append('sam_comms', id, [['segment_index', '1'], ['media', png]]), 'id');
  });

  it('refuses to finalize before every byte arrived, then finalizes once they have', async () => {
    const png = makePng(6, 6);
    const id = await started('sam_comms', { media_type: 'image/png', total_bytes: png.length });
    expectInvalid(await finalize('sam_comms', id), 'total_bytes');
    await append('sam_comms', id, [['segment_index', '0'], ['media', png.subarray(0, 40)]]);
    expectInvalid(await finalize('sam_comms', id), 'total_bytes');
    expect(sandbox().server.world.media.byId(id)?.state).toBe('initialized');
    await append('sam_comms', id, [['segment_index', '1'], ['media', png.subarray(40)]]);
    expect((await finalize('sam_comms', id)).json()).toMatchObject({ data: { image: { w: 6, h: 6 } } });
    expect((await finalize('HorizonsNHS', id)).status).toBe(403);
  });

  it('checks STATUS queries and metadata bodies', async () => {
    const client = as('sam_comms');
    const id = await client.v2.uploadMedia(makePng(2, 2), { media_type: 'image/png' });
    const status = (query: string): Promise<RawResponse> => rawAs(sandbox(), 'sam_comms', 'GET', `/2/media/upload?${query}`);
    expectInvalid(await status(`media_id=${id}`), 'command');
    expectInvalid(await status(`command=STATUS&media_id=abc`), 'media_id');
    expect((await status('command=STATUS&media_id=42')).status).toBe(404);
    const pending = await started('sam_comms', { media_type: 'image/png', total_bytes: 10 });
    expectInvalid(await status(`command=STATUS&media_id=${pending}`), 'media_id');

    const tooLong = await failure(client.v2.createMediaMetadata(id, { alt_text: { text: 'a'.repeat(1001) } }));
    expect(tooLong.code).toBe(400);
    expect(tooLong.data.errors?.[0]?.message).toContain(ALT_TEXT_TOO_LONG_MESSAGE);
    await expect(client.v2.createMediaMetadata(id, { alt_text: { text: '🙂'.repeat(1000) } })).resolves.toBeDefined();
    const metadata = (body: unknown): Promise<RawResponse> => rawAs(sandbox(), 'sam_comms', 'POST', '/2/media/metadata', JSON.stringify(body));
    expectInvalid(await metadata({ id }), 'metadata');
    expectInvalid(await metadata({ metadata: { alt_text: { text: 'x' } } }), 'id');
    expectInvalid(await metadata({ id, metadata: { alt_text: { text: 5 } } }), 'metadata.alt_text.text');
    expect((await metadata({ id: '42', metadata: { alt_text: { text: 'x' } } })).status).toBe(404);
    const theirs = await failure(as('HorizonsNHS').v2.createMediaMetadata(id, { alt_text: { text: 'mine now' } }));
    expect(theirs.code).toBe(403);
    expect(sandbox().server.world.media.byId(id)?.altText).toBe('🙂'.repeat(1000));
    expect(userIdOf(sandbox(), 'sam_comms')).toBe(sandbox().server.world.media.byId(id)?.ownerId);
  });
});
