// Why a chat post belongs in the moderation lane, in words, or null. Deliberately simple, visible
// rules a host can reason about (no scoring): links to shorteners or with money bait from outside
// the hosts, abusive words, hashtag stuffing, and the user's own mute words. Hosts, co-hosts and
// guests are never flagged. The lane is a shortlist: the host still decides.
import type { ChatRole } from '../../../shared/chat';
import type { CachedItem } from '../columns/cached-item';

const SHORTENERS = ['bit.ly', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'cutt.ly', 'rb.gy', 't.ly', 'shorturl.at'];
const BAIT = /(£|\$|€)\s?\d[\d,]*\s*(a|per)\s*(day|week|hour)|make money|earn (cash|money)|free (iphone|gift|money)|crypto|giveaway|click (here|the link)|dm me for|no experience needed|work from home/iu;
const ABUSE = [
  'useless',
  'pointless',
  'idiot',
  'idiots',
  'stupid',
  'pathetic',
  'disgrace',
  'disgraceful',
  'incompetent',
  'shut up',
  'clowns',
  'morons',
  'talking shop',
  'liars',
  'do your actual jobs',
];
const ABUSIVE = new RegExp(`(?:^|\\W)(${ABUSE.map((word) => word.replace(/ /g, '\\s+')).join('|')})(?:\\W|$)`, 'iu');
const MAX_HASHTAGS = 4;

export function moderationReason(item: CachedItem, role: ChatRole, muteWords: readonly string[]): string | null {
  if (role !== 'participant') return null;
  const text = item.text;
  const lower = text.toLowerCase();
  const shortener = SHORTENERS.find((domain) => lower.includes(`${domain}/`));
  const hasLink = /https?:\/\//iu.test(text);
  if (shortener) return `Possible spam: a shortened link (${shortener}) from someone outside the hosts.`;
  if (hasLink && BAIT.test(text)) return 'Possible spam: money bait with a link.';
  if (BAIT.test(text)) return 'Possible spam: money bait.';
  const abusive = ABUSIVE.exec(lower)?.[1];
  if (abusive) return `Possibly abusive: “${abusive.replace(/\s+/g, ' ')}”.`;
  const hashtags = text.match(/(^|\s)#\w+/gu)?.length ?? 0;
  if (hashtags > MAX_HASHTAGS) return `Hashtag stuffing: ${hashtags} hashtags.`;
  const muted = muteWords.find((word) => word.length > 0 && lower.includes(word.toLowerCase()));
  if (muted) return `Contains a muted word: “${muted}”.`;
  return null;
}
