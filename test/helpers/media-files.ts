// Small real media files for upload tests, and multipart bodies shaped like twitter-api-v2's
// (fields in order, Buffers as application/octet-stream parts without a filename).
import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid RGB PNG of the given size (every pixel one colour). */
export function makePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x7f)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PNG padded with a private ancillary chunk to exactly `totalBytes` (for size limits). */
export function makePngOfSize(totalBytes: number): Buffer {
  const base = makePng(2, 2);
  const padding = totalBytes - base.length - 12;
  if (padding < 0) throw new Error('too small for a PNG');
  const iend = base.length - 12;
  return Buffer.concat([base.subarray(0, iend), pngChunk('teXt', Buffer.alloc(padding, 0x61)), base.subarray(iend)]);
}

/** An MP4-looking body: an ftyp box, then filler (the sandbox does not decode video). */
export function makeMp4(totalBytes: number): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42', 'latin1'), Buffer.alloc(4), Buffer.from('mp42isom', 'latin1')]);
  return Buffer.concat([ftyp, randomBytes(totalBytes - ftyp.length)]);
}

export function multipartBody(fields: readonly (readonly [string, string | Buffer])[]): { body: Buffer; contentType: string } {
  const boundary = `--------------------------${randomBytes(12).toString('hex')}`;
  const parts = fields.map(([name, value]) => {
    const type = Buffer.isBuffer(value) ? 'Content-Type: application/octet-stream\r\n' : '';
    return Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n${type}\r\n`), Buffer.from(value), Buffer.from('\r\n')]);
  });
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}
