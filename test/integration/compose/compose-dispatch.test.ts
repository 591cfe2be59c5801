// The composer's methods through core dispatch (validation included) on a real SQLite file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/app';
import { call } from '../../helpers/accounts';
import { makeMp4, makePng, makePngOfSize } from '../../helpers/media-files';
import { useTempDir } from '../../helpers/temp-dir';

const MB = 1024 * 1024;
const b64 = (bytes: Buffer): string => bytes.toString('base64');

describe('compose through core', () => {
  const tempDir = useTempDir();
  const cores: Core[] = [];
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
  });
  const start = (dataDir = tempDir()): { core: Core; dataDir: string } => {
    const core = createCore({ dataDir, mode: 'browser', version: '0.0.0', publish: false });
    cores.push(core);
    return { core, dataDir };
  };

  it('measures texts as X does', async () => {
    const { core } = start();
    await expect(call(core, 'compose.measure', { texts: ['Hello https://example.nhs.uk/very/long/link 👍', 'x'.repeat(281)] })).resolves.toEqual([
      { weightedLength: 6 + 23 + 1 + 2, max: 280, valid: true },
      { weightedLength: 281, max: 280, valid: false },
    ]);
  });

  it('stores media by what the bytes are, not what the renderer says, in the data folder with a row', async () => {
    const { core, dataDir } = start();
    const png = makePng(3, 3);
    const ref = await call(core, 'media.add', { name: 'photo.jpg', mimeType: 'image/jpeg', dataBase64: b64(png), altText: '  A clinic waiting room ' });
    expect(ref).toEqual({ id: expect.any(String), name: 'photo.jpg', mimeType: 'image/png', kind: 'photo', bytes: png.length, altText: 'A clinic waiting room' });
    expect(readFileSync(join(dataDir, 'media', ref.id))).toEqual(png);
    expect(existsSync(join(dataDir, 'media', `${ref.id}.partial`))).toBe(false);

    const video = await call(core, 'media.add', { name: 'clip', mimeType: 'application/octet-stream', dataBase64: b64(makeMp4(2048)), altText: null });
    expect(video).toMatchObject({ mimeType: 'video/mp4', kind: 'video', altText: null });

    await expect(call(core, 'media.setAltText', { id: ref.id, altText: 'Six beds' })).resolves.toMatchObject({ id: ref.id, altText: 'Six beds' });
    await expect(call(core, 'media.setAltText', { id: ref.id, altText: '' })).resolves.toMatchObject({ altText: null });
    await expect(call(core, 'media.setAltText', { id: ref.id, altText: 'x'.repeat(1001) })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('altText') });
    await expect(call(core, 'media.setAltText', { id: 'nope', altText: 'x' })).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('refuses files X does not take, over the limit for their real type, or damaged base64, and stores nothing', async () => {
    const { core, dataDir } = start();
    const bmp = Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(16), Buffer.from([2, 0, 0, 0, 2, 0, 0, 0]), Buffer.alloc(8)]);
    await expect(call(core, 'media.add', { name: 'scan.bmp', mimeType: 'image/png', dataBase64: b64(bmp), altText: null })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('invalid_input: scan.bmp is not a file X accepts'),
    });
    // A 5 MB + 1 byte PNG declared as a GIF is still a PNG: the 5 MB image limit applies.
    await expect(call(core, 'media.add', { name: 'big.gif', mimeType: 'image/gif', dataBase64: b64(makePngOfSize(5 * MB + 1)), altText: null })).rejects.toMatchObject({
      message: 'invalid_input: big.gif is a PNG image of 5.0 MB; X takes at most 5 MB for a PNG image.',
    });
    await expect(call(core, 'media.add', { name: 'x.png', mimeType: 'image/png', dataBase64: 'iVBOR*w0K', altText: null })).rejects.toMatchObject({ message: 'invalid_input: dataBase64: is not valid base64.' });
    await expect(call(core, 'media.add', { name: 'x.png', mimeType: 'image/png', dataBase64: '', altText: null })).rejects.toMatchObject({ message: 'invalid_input: x.png is empty.' });
    expect(existsSync(join(dataDir, 'media')) ? readdirSync(join(dataDir, 'media')) : []).toEqual([]);
    await expect(call(core, 'media.add', { name: 'ok.png', mimeType: 'image/png', dataBase64: b64(makePngOfSize(5 * MB)), altText: null })).resolves.toMatchObject({ bytes: 5 * MB });
  });

  it('keeps unsaved text per place of writing across a core restart, and clears it', async () => {
    const dataDir = tempDir();
    const { core } = start(dataDir);
    const reply = { kind: 'reply', network: 'x', accountId: 'acc-1', postId: '1900000000000000001' } as const;
    await expect(call(core, 'unsaved.get', { scope: { kind: 'new' } })).resolves.toBeNull();
    const first = await call(core, 'unsaved.save', { scope: { kind: 'new' }, content: { shared: [{ text: 'Clinic open' }] } });
    expect(first).toEqual({ scope: { kind: 'new' }, content: { shared: [{ text: 'Clinic open' }] }, updatedAt: expect.any(String) });
    await call(core, 'unsaved.save', { scope: { kind: 'new' }, content: { shared: [{ text: 'Clinic open till 8' }] } });
    await call(core, 'unsaved.save', { scope: reply, content: { shared: [{ text: 'Thanks!' }] } });
    await call(core, 'unsaved.save', { scope: { kind: 'edit', postId: 'queued-1' }, content: { shared: [{ text: 'Edited' }] } });
    await expect(call(core, 'unsaved.save', { scope: { kind: 'reply', network: 'x', accountId: 'acc-1', postId: 'abc' }, content: {} })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('scope.postId'),
    });
    await core.close();
    cores.length = 0;

    const { core: again } = start(dataDir);
    expect((await call(again, 'unsaved.get', { scope: { kind: 'new' } }))?.content).toEqual({ shared: [{ text: 'Clinic open till 8' }] });
    expect((await call(again, 'unsaved.get', { scope: reply }))?.content).toEqual({ shared: [{ text: 'Thanks!' }] });
    // Another account answering the same post writes elsewhere.
    await expect(call(again, 'unsaved.get', { scope: { ...reply, accountId: 'acc-2' } })).resolves.toBeNull();
    await expect(call(again, 'unsaved.clear', { scope: { kind: 'new' } })).resolves.toEqual({ cleared: true });
    await expect(call(again, 'unsaved.clear', { scope: { kind: 'new' } })).resolves.toEqual({ cleared: false });
    await expect(call(again, 'unsaved.get', { scope: { kind: 'new' } })).resolves.toBeNull();
    expect((await call(again, 'unsaved.get', { scope: { kind: 'edit', postId: 'queued-1' } }))?.content).toEqual({ shared: [{ text: 'Edited' }] });
  });

  it('gives an image a thumbnail as a data URL, a video none', async () => {
    const { core } = start();
    const png = makePng(2, 2);
    const ref = await call(core, 'media.add', { name: 'p.png', mimeType: 'image/png', dataBase64: b64(png), altText: null });
    await expect(call(core, 'media.preview', { id: ref.id })).resolves.toEqual({ dataUrl: `data:image/png;base64,${b64(png)}` });
    const video = await call(core, 'media.add', { name: 'clip', mimeType: 'video/mp4', dataBase64: b64(makeMp4(2048)), altText: null });
    await expect(call(core, 'media.preview', { id: video.id })).resolves.toEqual({ dataUrl: null });
  });
});
