// Every account gets its own colour, shown on everything it receives or sends. New accounts take
// the first palette colour no other account uses (the user can change it in account settings).
export const ACCOUNT_PALETTE = ['#1d9bf0', '#7856ff', '#00ba7c', '#f97316', '#e0245e', '#ffad1f', '#0e7490', '#a21caf'] as const;

export function nextAccountColour(inUse: readonly string[]): string {
  const taken = new Set(inUse.map((colour) => colour.toLowerCase()));
  const free = ACCOUNT_PALETTE.find((colour) => !taken.has(colour));
  return free ?? ACCOUNT_PALETTE[inUse.length % ACCOUNT_PALETTE.length] ?? ACCOUNT_PALETTE[0];
}
