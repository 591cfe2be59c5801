/** Up to two letters for an account without a picture: "Horizons NHS" → "HN", "sam_comms" → "SC". */
export function initialsOf(displayName: string, handle: string): string {
  const words = (displayName.trim() || handle).split(/[\s_.-]+/u).filter(Boolean);
  const letters = words
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '')
    .join('');
  return (letters || Array.from(handle)[0] || '?').toLocaleUpperCase('en-GB');
}
