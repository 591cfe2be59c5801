import { describe, expect, it } from 'vitest';
import { canAttach, mediaKindOf } from '../../../src/renderer/src/compose/media-limits';

const png = { name: 'ward.png', type: 'image/png', size: 200_000 };
const gif = { name: 'wave.gif', type: 'image/gif', size: 1_000_000 };
const mp4 = { name: 'tour.mp4', type: 'video/mp4', size: 10_000_000 };

describe("X's attachment limits", () => {
  it('knows the kinds X takes', () => {
    expect(mediaKindOf('image/jpeg')).toBe('photo');
    expect(mediaKindOf('IMAGE/GIF')).toBe('animated_gif');
    expect(mediaKindOf('video/quicktime')).toBe('video');
    expect(mediaKindOf('application/pdf')).toBeNull();
  });

  it('allows up to four images', () => {
    expect(canAttach(['photo', 'photo', 'photo'], png)).toEqual({ ok: true, kind: 'photo' });
    const fifth = canAttach(['photo', 'photo', 'photo', 'photo'], png);
    expect(fifth.ok).toBe(false);
    if (!fifth.ok) expect(fifth.reason).toMatch(/4 images/);
  });

  it('keeps a GIF or a video on its own', () => {
    expect(canAttach([], gif)).toEqual({ ok: true, kind: 'animated_gif' });
    const mixed = canAttach(['photo'], mp4);
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) expect(mixed.reason).toMatch(/^A video must be on its own/);
    expect(canAttach(['video'], png).ok).toBe(false);
    expect(canAttach(['animated_gif'], gif).ok).toBe(false);
  });

  it('refuses unknown types and oversized files with the reason', () => {
    const pdf = canAttach([], { name: 'leaflet.pdf', type: 'application/pdf', size: 10 });
    expect(pdf.ok).toBe(false);
    const big = canAttach([], { ...png, size: 6 * 1024 * 1024 });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.reason).toBe('ward.png is too large: X accepts an image up to 5 MB.');
  });
});
