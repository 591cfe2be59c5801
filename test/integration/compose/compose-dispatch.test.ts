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

  it('saves, updates, lists (newest first) and deletes drafts, and keeps them across restarts', async () => {
    const dataDir = tempDir();
    const { core } = start(dataDir);
    const first = await call(core, 'drafts.save', { content: { parts: [{ text: 'Draft one' }], accounts: ['a'] } });
    expect(first).toEqual({ id: expect.any(String), content: { parts: [{ text: 'Draft one' }], accounts: ['a'] }, updatedAt: expect.any(String) });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await call(core, 'drafts.save', { id: 'renderer-named', content: { parts: [{ text: 'Two' }] } });
    expect(second.id).toBe('renderer-named');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await call(core, 'drafts.save', { id: first.id, content: { parts: [{ text: 'Draft one, edited' }] } });
    expect(updated.updatedAt > first.updatedAt).toBe(true);
    expect((await call(core, 'drafts.list', {})).map((d) => d.id)).toEqual([first.id, 'renderer-named']);
    await core.close();
    cores.length = 0;

    const { core: again } = start(dataDir);
    expect((await call(again, 'drafts.list', {}))[0]?.content).toEqual({ parts: [{ text: 'Draft one, edited' }] });
    await expect(call(again, 'drafts.delete', { id: first.id })).resolves.toEqual({ deleted: true });
    await expect(call(again, 'drafts.delete', { id: first.id })).resolves.toEqual({ deleted: false });
    expect((await call(again, 'drafts.list', {})).map((d) => d.id)).toEqual(['renderer-named']);
  });
});
