// Why a chat post belongs in the moderation lane, and what kind of flag it is, or null. Simple,
// visible rules a host can reason about (no scoring), in four kinds a public body can defend:
// - spam: links to shorteners, money bait or hashtag stuffing from outside the hosts;
// - abusive: slurs and threats (a short list);
// - critical: negative but civil ("pointless question", complaints about waits). NHS guidance is
//   to answer legitimate criticism, not hide it: the lane offers a reply, never hiding;
// - muted: the user's own mute words.
// The word lists are shown in Settings and the user can add to each (moderation.words.*). Hosts,
// co-hosts and guests are never flagged. The lane is a shortlist: the host still decides.
import type { ChatRole, ModerationFlag, ModerationWords } from '../../../shared/chat';
import type { CachedItem } from '../columns/cached-item';

const SHORTENERS = ['bit.ly', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'cutt.ly', 'rb.gy', 't.ly', 'shorturl.at'];
const BAIT = /(£|\$|€)\s?\d[\d,]*\s*(a|per)\s*(day|week|hour)|make money|earn (cash|money)|free (iphone|gift|money)|crypto|giveaway|click (here|the link)|dm me for|no experience needed|work from home/iu;
const MAX_HASHTAGS = 4;

/** The built-in lists, as Settings shows them. Spam is mostly patterns; its words are the extra ones. */
export const BUILT_IN_MODERATION_WORDS: Readonly<ModerationWords> = Object.freeze({
  spam: ['make money', 'earn cash', 'earn money', 'free iphone', 'free gift', 'free money', 'crypto', 'giveaway', 'click here', 'click the link', 'dm me for', 'no experience needed', 'work from home'],
  abusive: ['idiot', 'idiots', 'moron', 'morons', 'stupid', 'clowns', 'scum', 'shut up', 'liars', 'pathetic', 'hope you die', 'watch your back', 'you will pay', 'kill you'],
  critical: [
    'pointless',
    'useless',
    'waste of time',
    'talking shop',
    'disgrace',
    'disgraceful',
    'incompetent',
    'do your actual jobs',
    'wrong question',
    'waiting list',
    'waiting lists',
    'still waiting',
    'months for',
    'nobody listens',
    'tick-box',
    'box-ticking',
  ],
});

const matcher = (words: readonly string[]): RegExp | null => {
  const parts = words
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length > 0)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return parts.length === 0 ? null : new RegExp(`(?:^|[^\\p{L}\\p{N}])(${parts.join('|')})(?=[^\\p{L}\\p{N}]|$)`, 'iu');
};

export interface ModerationRules {
  flag(item: Pick<CachedItem, 'text'>, role: ChatRole): ModerationFlag | null;
}

/** The rules for the built-in lists plus the user's extra words and mute words. */
export function moderationRules(extra: Readonly<ModerationWords>, muteWords: readonly string[]): ModerationRules {
  const spamWords = matcher(extra.spam);
  const abusive = matcher([...BUILT_IN_MODERATION_WORDS.abusive, ...extra.abusive]);
  const critical = matcher([...BUILT_IN_MODERATION_WORDS.critical, ...extra.critical]);
  const muted = matcher(muteWords);
  const found = (pattern: RegExp | null, lower: string): string | undefined => pattern?.exec(lower)?.[1]?.replace(/\s+/g, ' ');
  return {
    flag(item, role) {
      if (role !== 'participant') return null;
      const text = item.text;
      const lower = text.toLowerCase();
      const shortener = SHORTENERS.find((domain) => lower.includes(`${domain}/`));
      const hasLink = /https?:\/\//iu.test(text);
      if (shortener) return { kind: 'spam', reason: `Possible spam: a shortened link (${shortener}) from someone outside the hosts.` };
      if (hasLink && BAIT.test(text)) return { kind: 'spam', reason: 'Possible spam: money bait with a link.' };
      if (BAIT.test(text)) return { kind: 'spam', reason: 'Possible spam: money bait.' };
      const spamWord = found(spamWords, lower);
      if (spamWord) return { kind: 'spam', reason: `Possible spam: “${spamWord}”.` };
      const hashtags = text.match(/(^|\s)#\w+/gu)?.length ?? 0;
      if (hashtags > MAX_HASHTAGS) return { kind: 'spam', reason: `Possible spam: hashtag stuffing (${hashtags} hashtags).` };
      const abuse = found(abusive, lower);
      if (abuse) return { kind: 'abusive', reason: `Possibly abusive: “${abuse}”.` };
      const mutedWord = found(muted, lower);
      if (mutedWord) return { kind: 'muted', reason: `Contains a muted word: “${mutedWord}”.` };
      const criticism = found(critical, lower);
      if (criticism) return { kind: 'critical', reason: `Critical but civil: “${criticism}”. NHS guidance: reply, do not hide legitimate criticism.` };
      return null;
    },
  };
}
