// Addresses on x.com for an item and its author (opened in the browser, never loaded in the app).

export function postUrl(handle: string, id: string): string {
  return `https://x.com/${encodeURIComponent(handle)}/status/${encodeURIComponent(id)}`;
}

export function profileUrl(handle: string): string {
  return `https://x.com/${encodeURIComponent(handle)}`;
}

/** Only web addresses become links; anything else (javascript:, file:) stays plain text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
