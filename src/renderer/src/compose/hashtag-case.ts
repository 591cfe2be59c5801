// Screen readers read a hashtag in CamelCase word by word (#Improve4Patients) and an all-lowercase
// one as a single mangled word (#improve4patients). This suggests the CamelCase form, but only when
// the tag splits into known words in exactly one way: a wrong suggestion is worse than none.
import { ACRONYMS, HASHTAG_WORDS } from './hashtag-words';

export interface HashtagSuggestion {
  /** As written, with its #. */
  original: string;
  /** The CamelCase form, with its #. */
  suggestion: string;
  /** Where the tag starts in the text (the # itself). */
  index: number;
}

// X's hashtags: letters, digits, underscores (a leading # not preceded by a word character).
const HASHTAG = /(^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu;
const DIGITS = /^\d+$/;
const LONGEST_WORD = Math.max(...[...HASHTAG_WORDS].map((word) => word.length));

function capitalise(segment: string): string {
  if (DIGITS.test(segment)) return segment;
  return ACRONYMS.get(segment) ?? segment.charAt(0).toUpperCase() + segment.slice(1);
}

/**
 * The CamelCase form of an all-lowercase tag body (without #), or null when there is no single
 * confident reading: every piece must be a known word or a run of digits, there must be at least two
 * pieces, and all shortest splits must give the same capitals.
 */
export function camelCaseTag(body: string): string | null {
  if (body !== body.toLowerCase() || body.includes('_')) return null;
  const n = body.length;
  // best[i]: the fewest pieces covering body[0, i), and the CamelCase strings those splits produce.
  const best: { pieces: number; forms: Set<string> }[] = Array.from({ length: n + 1 }, () => ({ pieces: Infinity, forms: new Set() }));
  best[0] = { pieces: 0, forms: new Set(['']) };
  for (let end = 1; end <= n; end++) {
    const here = best[end];
    if (!here) continue;
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      const before = best[start];
      if (!before || before.pieces === Infinity) continue;
      const piece = body.slice(start, end);
      const isDigits = DIGITS.test(piece);
      // A digit run must be whole: "2024" is one piece, never "20" + "24".
      if (isDigits && (DIGITS.test(body.charAt(start - 1)) || DIGITS.test(body.charAt(end)))) continue;
      if (!isDigits && !HASHTAG_WORDS.has(piece)) continue;
      const pieces = before.pieces + 1;
      if (pieces > here.pieces) continue;
      if (pieces < here.pieces) {
        here.pieces = pieces;
        here.forms = new Set();
      }
      for (const form of before.forms) here.forms.add(form + capitalise(piece));
    }
  }
  const result = best[n];
  if (!result || result.pieces < 2 || result.pieces === Infinity || result.forms.size !== 1) return null;
  const [form] = result.forms;
  return form ?? null;
}

/** The hashtags in a text that would read better in CamelCase, in order, once each. */
export function hashtagSuggestions(text: string): HashtagSuggestion[] {
  const found: HashtagSuggestion[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(HASHTAG)) {
    const body = match[2] ?? '';
    const camel = camelCaseTag(body);
    if (!camel || seen.has(body)) continue;
    seen.add(body);
    found.push({ original: `#${body}`, suggestion: `#${camel}`, index: (match.index ?? 0) + (match[1]?.length ?? 0) });
  }
  return found;
}

/** The text with every occurrence of one hashtag replaced by its suggestion (whole tags only). */
export function applyHashtagSuggestion(text: string, suggestion: Pick<HashtagSuggestion, 'original' | 'suggestion'>): string {
  const body = suggestion.original.slice(1);
  return text.replace(HASHTAG, (whole, lead: string, tag: string) => (tag === body ? `${lead}${suggestion.suggestion}` : whole));
}

export interface HashtagAdvice {
  original: string;
  suggestion: string;
  /** "Part 2: screen readers read #improve4patients as one long word. …" */
  message: string;
  /** The one-click fix's button: "Use #Improve4Patients". */
  label: string;
}

/** The advice for each hashtag in `text` that screen readers cannot split, named for where it is. */
export function hashtagAdvice(name: string, text: string): HashtagAdvice[] {
  return hashtagSuggestions(text).map(({ original, suggestion }) => ({
    original,
    suggestion,
    message: `${name}: screen readers read ${original} as one long word. Capitals let them read each word.`,
    label: `Use ${suggestion}`,
  }));
}
