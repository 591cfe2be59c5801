// How post text and query words are compared. X's keyword operator is a tokenised match: text is
// split on punctuation, symbols and separators, so "coca-cola" gives the tokens coca and cola, and
// the search API folds accents ("músic" matches "music"). Query words and post text go through the
// same two functions, so whatever they do, both sides agree.

const MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/gu;
/** A token is a run of letters and digits, or one emoji (X tokenises emoji one by one). */
const TOKEN = /[\p{L}\p{N}]+|\p{Extended_Pictographic}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const NON_ASCII = /\P{ASCII}/u;
const UNUSUAL_WHITESPACE = /\s\s|[^\S ]/u;

/** Lower-cases, strips accents and collapses whitespace: the form phrases are matched in. */
export function fold(text: string): string {
  // Preparing 10k posts is on the route's first request; most posts are plain ASCII with single
  // spaces, and skipping the rewrites they do not need halves the cost.
  const unaccented = NON_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text;
  const lower = unaccented.toLowerCase();
  return (UNUSUAL_WHITESPACE.test(lower) ? lower.replace(WHITESPACE, ' ') : lower).trim();
}

/** Splits already folded text into tokens. */
export function tokenize(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

/**
 * Whether `phrase` occurs in `text` (both folded) starting and ending on token edges, so
 * "social media" does not match inside "antisocial mediation". Punctuation inside the phrase must
 * match exactly, which is why X tells users to quote "coca-cola".
 */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  const checkStart = WORD_CHAR.test(phrase.charAt(0));
  const checkEnd = WORD_CHAR.test(phrase.charAt(phrase.length - 1));
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text.charAt(at - 1) : '';
    const after = text.charAt(at + phrase.length);
    if (checkStart && before !== '' && WORD_CHAR.test(before)) continue;
    if (checkEnd && after !== '' && WORD_CHAR.test(after)) continue;
    return true;
  }
  return false;
}

/** Whether `needle` occurs in `haystack` as consecutive tokens. */
export function containsTokenRun(haystack: readonly string[], needle: readonly string[]): boolean {
  const first = needle[0];
  if (first === undefined) return false;
  const last = haystack.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (haystack[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** url: compares addresses without their scheme, so url:"https://x.com" also finds "x.com/a". */
export function urlTokens(url: string): string[] {
  return tokenize(fold(url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')));
}
