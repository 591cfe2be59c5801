// Rule 1: the same words from two or more X accounts. X's automation rules forbid posting
// "duplicative or substantially similar content" from several accounts you control (the
// "duplicate content across multiple accounts" rule; X suggests reposting from the other accounts
// instead). Advice, not a block: the user words it for each account with "Customise for @…".
import type { PostFinding } from '../../../shared/guard';
import type { CheckedPost, PostCheckRule } from './rule';

export const DUPLICATE_RULE_ID = 'x.duplicate_across_accounts';
/** Word-pair overlap (Dice) at or above which two posts count as substantially similar. */
export const SIMILARITY_THRESHOLD = 0.8;

/** Case, spacing, punctuation and links do not make two posts different. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[^\p{L}\p{N}#@\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function pairs(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const list = words.length === 1 ? [words[0] as string] : words.slice(1).map((word, index) => `${words[index] as string} ${word}`);
  for (const pair of list) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  return counts;
}

/** 1 for the same words, 0 for nothing in common: Dice over word pairs of the normalised texts. */
export function similarity(a: string, b: string): number {
  const left = normalise(a);
  const right = normalise(b);
  if (left === right) return left === '' ? 0 : 1;
  const x = pairs(left.split(' ').filter(Boolean));
  const y = pairs(right.split(' ').filter(Boolean));
  let shared = 0;
  let total = 0;
  for (const count of x.values()) total += count;
  for (const count of y.values()) total += count;
  for (const [pair, count] of x) shared += Math.min(count, y.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

const textOf = (post: CheckedPost): string => post.texts.join('\n');

export const duplicateAcrossAccounts: PostCheckRule = {
  id: DUPLICATE_RULE_ID,
  check(posts) {
    const onX = posts.filter((post) => post.account.network === 'x' && normalise(textOf(post)) !== '');
    // Groups of similar posts (each post joins the first group it is similar to), then only the
    // groups that span two or more accounts.
    const groups: CheckedPost[][] = [];
    for (const post of onX) {
      const group = groups.find((candidates) => candidates.some((other) => similarity(textOf(other), textOf(post)) >= SIMILARITY_THRESHOLD));
      if (group) group.push(post);
      else groups.push([post]);
    }
    const findings: PostFinding[] = [];
    for (const group of groups) {
      const accounts = [...new Map(group.map((post) => [post.account.id, post.account])).values()];
      if (accounts.length < 2) continue;
      const handles = accounts.map((account) => `@${account.handle}`);
      const identical = new Set(group.map((post) => normalise(textOf(post)))).size === 1;
      const customise = accounts.slice(1).map((account) => `"Customise for @${account.handle}"`).join(' or ');
      findings.push({
        ruleId: DUPLICATE_RULE_ID,
        severity: 'advice',
        message:
          `${identical ? 'The same text' : 'Nearly the same text'} would go out from ${listed(handles)}. ` +
          "X's automation rules do not allow identical or substantially similar posts from several accounts you control (duplicate content across multiple accounts). " +
          `Word it for each account with ${customise}, or post from one account and repost from the others.`,
        accounts: accounts.map((account) => ({ accountId: account.id, handle: account.handle })),
        refs: group.flatMap((post) => (post.ref ? [post.ref] : [])),
      });
    }
    return findings;
  },
};

function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}
