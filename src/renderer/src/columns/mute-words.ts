/** Mute words as typed: one word or phrase a line (commas also separate), trimmed, without repeats. */
export function parseMuteWords(raw: string): string[] {
  return [...new Set(raw.split(/[\n,]/).map((word) => word.trim()).filter(Boolean))];
}
