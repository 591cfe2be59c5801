// Image dimensions from the first bytes of an upload, read from each format's own header: PNG's
// IHDR, JPEG's start-of-frame marker, GIF's logical screen, WebP's VP8/VP8L/VP8X chunk and BMP's
// info header. The sandbox keeps no image bytes; this is how it knows width and height (X reports
// both as media.fields) and that a "PNG" really is one.

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp';

export interface ImageHeader {
  format: ImageFormat;
  width: number;
  height: number;
}

/** The format each accepted image MIME type must turn out to be. */
export const FORMAT_OF_MIME: Readonly<Record<string, ImageFormat>> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/pjpeg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** null when the bytes are no image we know, or the header is cut short. */
export function sniffImage(bytes: Buffer): ImageHeader | null {
  const read = READERS.find((reader) => reader.matches(bytes));
  if (!read) return null;
  const size = read.size(bytes);
  if (!size || size.width <= 0 || size.height <= 0) return null;
  return { format: read.format, ...size };
}

/** The image header when the bytes are the declared type; null when they are anything else. */
export function sniffDeclared(mimeType: string, bytes: Buffer): ImageHeader | null {
  const header = sniffImage(bytes);
  return header && header.format === FORMAT_OF_MIME[mimeType] ? header : null;
}

interface Reader {
  format: ImageFormat;
  matches(bytes: Buffer): boolean;
  size(bytes: Buffer): { width: number; height: number } | null;
}

const ascii = (bytes: Buffer, start: number, end: number): string => bytes.subarray(start, end).toString('latin1');

const READERS: readonly Reader[] = [
  {
    format: 'png',
    matches: (b) => b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE),
    // IHDR is always the first chunk: length (4), "IHDR" (4), then width and height, big-endian.
    size: (b) => (b.length >= 24 && ascii(b, 12, 16) === 'IHDR' ? { width: b.readUInt32BE(16), height: b.readUInt32BE(20) } : null),
  },
  {
    format: 'jpeg',
    matches: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
    size: jpegSize,
  },
  {
    format: 'gif',
    matches: (b) => b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a'),
    size: (b) => (b.length >= 10 ? { width: b.readUInt16LE(6), height: b.readUInt16LE(8) } : null),
  },
  {
    format: 'webp',
    matches: (b) => b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
    size: webpSize,
  },
  {
    format: 'bmp',
    matches: (b) => b.length >= 2 && ascii(b, 0, 2) === 'BM',
    // BITMAPINFOHEADER: signed width and height; a negative height means rows run top-down.
    size: (b) => (b.length >= 26 ? { width: b.readInt32LE(18), height: Math.abs(b.readInt32LE(22)) } : null),
  },
];

/** Walks the marker segments to the first start-of-frame (SOF0–SOF15 except DHT, JPG and DAC). */
function jpegSize(b: Buffer): { width: number; height: number } | null {
  let offset = 2;
  while (offset + 9 <= b.length) {
    if (b[offset] !== 0xff) return null;
    const marker = b[offset + 1] ?? 0;
    // Fill bytes (0xFF) may pad between segments.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: b.readUInt16BE(offset + 5), width: b.readUInt16BE(offset + 7) };
    offset += 2 + b.readUInt16BE(offset + 2);
  }
  return null;
}

/** VP8 (lossy), VP8L (lossless) and VP8X (extended) each keep the canvas size differently. */
function webpSize(b: Buffer): { width: number; height: number } | null {
  switch (ascii(b, 12, 16)) {
    case 'VP8 ':
      return b.length >= 30 ? { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff } : null;
    case 'VP8L': {
      if (b.length < 25) return null;
      const bits = b.readUInt32LE(21);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    case 'VP8X':
      return b.length >= 30 ? { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 } : null;
    default:
      return null;
  }
}
