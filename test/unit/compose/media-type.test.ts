import { describe, expect, it } from 'vitest';
import { mediaProblem, sniffMedia } from '../../../src/main/core/compose/media-type';
import { makeMp4, makePng } from '../../helpers/media-files';

const MB = 1024 * 1024;
const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([2, 0, 2, 0]), Buffer.alloc(20)]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 3, 0, 4, 1, 1, 0x11, 0]);
const webp = Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.alloc(4), Buffer.from('WEBPVP8L', 'latin1'), Buffer.alloc(4), Buffer.from([0x2f, 0, 0, 0, 0]), Buffer.alloc(8)]);
const bmp = Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(16), Buffer.from([2, 0, 0, 0, 2, 0, 0, 0]), Buffer.alloc(8)]);
const ftyp = (brand: string): Buffer => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`, 'latin1'), Buffer.alloc(12)]);

describe('media types', () => {
  it('knows JPEG, PNG, WebP, GIF and MP4 by their bytes', () => {
    expect(sniffMedia(makePng(2, 2))).toMatchObject({ mimeType: 'image/png', kind: 'photo', maxBytes: 5 * MB });
    expect(sniffMedia(jpeg)).toMatchObject({ mimeType: 'image/jpeg', kind: 'photo' });
    expect(sniffMedia(webp)).toMatchObject({ mimeType: 'image/webp', kind: 'photo' });
    expect(sniffMedia(gif)).toMatchObject({ mimeType: 'image/gif', kind: 'animated_gif', maxBytes: 15 * MB });
    expect(sniffMedia(makeMp4(100))).toMatchObject({ mimeType: 'video/mp4', kind: 'video', maxBytes: 512 * MB });
  });

  it('refuses what X does not take: BMP, QuickTime, HEIC, text', () => {
    expect(sniffMedia(bmp)).toBeNull();
    expect(sniffMedia(ftyp('qt  '))).toBeNull();
    expect(sniffMedia(ftyp('heic'))).toBeNull();
    expect(sniffMedia(Buffer.from('%PDF-1.7 not an image'))).toBeNull();
    expect(mediaProblem('scan.bmp', bmp, bmp.length)).toMatch(/^scan\.bmp is not a file X accepts: X takes JPEG, PNG or WebP/);
    expect(mediaProblem('empty.png', Buffer.alloc(0), 0)).toBe('empty.png is empty.');
  });

  it('applies the limit of the real type: 5 MB images, 15 MB GIFs, 512 MB video', () => {
    expect(mediaProblem('a.png', makePng(2, 2), 5 * MB)).toBeNull();
    expect(mediaProblem('a.png', makePng(2, 2), 5 * MB + 1)).toBe('a.png is a PNG image of 5.0 MB; X takes at most 5 MB for a PNG image.');
    expect(mediaProblem('a.gif', gif, 15 * MB)).toBeNull();
    expect(mediaProblem('a.gif', gif, 15 * MB + 1)).toMatch(/at most 15 MB for a GIF/);
    expect(mediaProblem('a.mp4', makeMp4(100), 512 * MB)).toBeNull();
    expect(mediaProblem('a.mp4', makeMp4(100), 512 * MB + 1)).toMatch(/at most 512 MB for a MP4 video/);
  });
});
