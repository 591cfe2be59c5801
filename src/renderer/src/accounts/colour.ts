// Account colours: a small palette that reads on light and dark surfaces, and the text colour that
// stays legible on any of them (WCAG 2 relative luminance).

/** Distinct, colour-blind-friendly choices (Okabe–Ito inspired, darkened to carry white text). */
export const ACCOUNT_PALETTE: readonly { hex: string; name: string }[] = [
  { hex: '#005eb8', name: 'NHS blue' },
  { hex: '#007f3b', name: 'Green' },
  { hex: '#8a1538', name: 'Plum' },
  { hex: '#330072', name: 'Purple' },
  { hex: '#d5281b', name: 'Red' },
  { hex: '#ae2573', name: 'Pink' },
  { hex: '#006747', name: 'Dark green' },
  { hex: '#425563', name: 'Slate' },
  { hex: '#ed8b00', name: 'Orange' },
  { hex: '#00a499', name: 'Aqua green' },
];

const HEX = /^#[0-9a-f]{6}$/i;

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 0xff) + 0.7152 * channel((n >> 8) & 0xff) + 0.0722 * channel(n & 0xff);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on `background` (initials on an account's colour). */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  if (!isHexColour(background)) return '#ffffff';
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}
