// Image headers the sandbox reads dimensions from (PNG is covered end to end in the media
// integration test): JPEG's start-of-frame after other segments, GIF, the three WebP flavours,
// BMP with a top-down height, and refusals for the wrong type or a cut-short header.
import { describe, expect, it } from 'vitest';
import { planUpload } from '../../../src/main/sandbox/media/limits';
import { sniffDeclared, sniffImage } from '../../../src/main/sandbox/media/sniff';
import { makePng } from '../../helpers/media-files';

const u16be = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];
const u16le = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
const u24le = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
const ascii = (text: string): number[] => [...Buffer.from(text, 'latin1')];

function jpeg(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, ...u16be(16), ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const dqt = [0xff, 0xdb, ...u16be(4), 0, 0];
  const sof = [0xff, 0xc2, ...u16be(17), 8, ...u16be(height), ...u16be(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Buffer.from([0xff, 0xd8, ...app0, 0xff, ...dqt, ...sof]);
}

const riff = (chunk: string, payload: number[]): Buffer => Buffer.from([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP'), ...ascii(chunk), 10, 0, 0, 0, ...payload]);

describe('sniffImage', () => {
  it('reads JPEG (progressive SOF after APP0, DQT and a fill byte), GIF, WebP and BMP sizes', () => {
    expect(sniffImage(jpeg(640, 480))).toEqual({ format: 'jpeg', width: 640, height: 480 });
    expect(sniffImage(Buffer.from([...ascii('GIF89a'), ...u16le(320), ...u16le(200), 0, 0]))).toEqual({ format: 'gif', width: 320, height: 200 });
    const vp8x = riff('VP8X', [0x10, 0, 0, 0, ...u24le(1023), ...u24le(767)]);
    expect(sniffImage(vp8x)).toEqual({ format: 'webp', width: 1024, height: 768 });
    const bits = (300 - 1) | ((150 - 1) << 14);
    const vp8l = riff('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff, 0, 0, 0, 0]);
    expect(sniffImage(vp8l)).toEqual({ format: 'webp', width: 300, height: 150 });
    const vp8 = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...u16le(200), ...u16le(100)]);
    expect(sniffImage(vp8)).toEqual({ format: 'webp', width: 200, height: 100 });
    const bmp = Buffer.alloc(30);
    bmp.write('BM', 0, 'latin1');
    bmp.writeInt32LE(64, 18);
    bmp.writeInt32LE(-32, 22);
    expect(sniffImage(bmp)).toEqual({ format: 'bmp', width: 64, height: 32 });
  });

  it('refuses other types, truncated headers and zero sizes', () => {
    expect(sniffDeclared('image/png', jpeg(10, 10))).toBeNull();
    expect(sniffDeclared('image/jpeg', jpeg(10, 10))).toMatchObject({ width: 10 });
    expect(sniffDeclared('image/pjpeg', jpeg(10, 10))).toMatchObject({ height: 10 });
    expect(sniffImage(makePng(8, 8).subarray(0, 20))).toBeNull();
    expect(sniffImage(jpeg(10, 10).subarray(0, 30))).toBeNull();
    expect(sniffImage(jpeg(0, 10))).toBeNull();
    expect(sniffImage(Buffer.from('plain text, not an image'))).toBeNull();
    expect(sniffImage(Buffer.alloc(0))).toBeNull();
  });
});

describe('planUpload', () => {
  it('infers the category as twitter-api-v2 does and picks the key prefix and limit', () => {
    expect(planUpload('image/gif', undefined, 100)).toMatchObject({ ok: true, type: 'animated_gif', category: 'tweet_gif', keyPrefix: '16' });
    expect(planUpload('image/gif', 'dm_image', 100)).toMatchObject({ ok: true, type: 'photo', keyPrefix: '3' });
    expect(planUpload('image/webp', undefined, 100)).toMatchObject({ ok: true, type: 'photo', category: 'tweet_image' });
    expect(planUpload('video/quicktime', 'dm_video', 100)).toMatchObject({ ok: true, type: 'video', keyPrefix: '7' });
    expect(planUpload('image/png', 'amplify_video', 100)).toMatchObject({ ok: false, parameter: 'media_category' });
  });
});
