/** Mute words as typed: one word or phrase a line (commas also separate), trimmed, without repeats. */
export function parseMuteWords(raw: string): string[] {
  return [...new Set(raw.split(/[\n,]/).map((word) => word.trim()).filter(Boolean))];
}

/** The core's limits (shared/columns.ts), said before sending: null when the list is fine. */
export function muteWordsProblem(words: readonly string[], maxWords: number): string | null {
  if (words.length > maxWords) return `At most ${maxWords} mute words: remove ${words.length - maxWords}.`;
  const long = words.find((word) => word.length > 100);
  if (long) return `“${long.slice(0, 30)}…” is longer than 100 characters: shorten it.`;
  return null;
}
