// The text X v2 gives a repost: "RT @author: text", which the retweet route and the simulation both
// write, and which search and timelines show for reposts.

/** X cuts a repost's text ("RT @author: …") to 140 characters, ending it with an ellipsis. */
export const REPOST_TEXT_LIMIT = 140;

/** "RT @author: text", cut to 140 characters (code points) with "…" when longer. */
export function repostText(username: string, text: string): string {
  const full = [...`RT @${username}: ${text}`];
  return full.length <= REPOST_TEXT_LIMIT ? full.join('') : `${full.slice(0, REPOST_TEXT_LIMIT - 1).join('')}…`;
}
