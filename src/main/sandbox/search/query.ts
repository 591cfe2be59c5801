// The parsed form of a recent-search query. parse.ts builds it, match.ts evaluates it against
// posts. Values are already normalised here (lower-cased, ids padded) so matching a post does no
// string work per query term.

/** Terms that need no other operator beside them (X calls these "standalone"). */
export type StandaloneTerm =
  /**
   * Bare word; `tokens` is the word split as post text is split (see text.ts). A word with no
   * letters or digits (`?`, `:)`) has no tokens and is looked for in the folded text instead.
   */
  | { kind: 'keyword'; raw: string; folded: string; tokens: string[] }
  /** "quoted phrase"; `folded` is the phrase folded as post text is folded. */
  | { kind: 'phrase'; raw: string; folded: string }
  | { kind: 'hashtag'; tag: string }
  | { kind: 'cashtag'; tag: string }
  /** @username: the post mentions that user. */
  | { kind: 'mention'; username: string }
  /** from:, to:, retweets_of: take a username or a numeric user id. */
  | { kind: 'from' | 'to' | 'retweets_of'; username: string; userId: string | null }
  | { kind: 'conversation_id' | 'in_reply_to_tweet_id'; id: string }
  /** url:; `tokens` are the value's tokens with any http(s):// scheme removed. */
  | { kind: 'url'; raw: string; tokens: string[] };

export type IsFlag = 'reply' | 'retweet' | 'quote' | 'verified';
export type HasFlag = 'media' | 'links' | 'mentions' | 'hashtags' | 'cashtags' | 'images' | 'videos';

/** Terms X refuses on their own ("is/has/lang cannot be used as a standalone operator"). */
export type ConjunctionTerm =
  | { kind: 'is'; flag: IsFlag }
  | { kind: 'has'; flag: HasFlag }
  | { kind: 'lang'; code: string };

export type QueryTerm = StandaloneTerm | ConjunctionTerm;

export type QueryNode =
  | QueryTerm
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

export function isConjunctionTerm(node: QueryNode): node is ConjunctionTerm {
  return node.kind === 'is' || node.kind === 'has' || node.kind === 'lang';
}

/**
 * Since 2026-05 a keyword search on X returns no reposts. True when the query searches post text
 * (a keyword or phrase that is not negated), so the route should drop reposts from the results.
 * A negated keyword alone (`from:bob -spam`) is a filter, not a keyword search.
 */
export function excludesRepostsByDefault(node: QueryNode): boolean {
  return hasPositiveTextTerm(node, false);
}

function hasPositiveTextTerm(node: QueryNode, negated: boolean): boolean {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.children.some((child) => hasPositiveTextTerm(child, negated));
    case 'not':
      return hasPositiveTextTerm(node.child, !negated);
    case 'keyword':
    case 'phrase':
      return !negated;
    default:
      return false;
  }
}
