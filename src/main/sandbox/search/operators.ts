// Turns one word of a query into a term: #tag, @user, $cashtag, name:value operators, or a bare
// keyword. Values are normalised here, once per query, so matching does no string work per term.
import type { HasFlag, IsFlag, QueryTerm } from './query';
import { fold, tokenize, urlTokens } from './text';
import { QuerySyntaxError } from './syntax-error';

const OPERATOR = /^([A-Za-z_]+):(.*)$/su;
// Lenient about length: sandbox usernames are made by the simulation, not by X's signup form.
const USERNAME = /^[A-Za-z0-9_]{1,50}$/;
const NUMERIC_ID = /^\d{1,19}$/;
const HASHTAG = /^[\p{L}\p{N}\p{M}_]+$/u;
// twitter-text's cashtag shape: 1–6 letters, optionally ".X" or "_XX" (e.g. $BRK.A).
const CASHTAG = /^\$[A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?$/;
const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/i;

const IS_FLAGS: ReadonlySet<string> = new Set<IsFlag>(['reply', 'retweet', 'quote', 'verified']);
const HAS_FLAGS: ReadonlySet<string> = new Set<HasFlag>([
  'media',
  'links',
  'mentions',
  'hashtags',
  'cashtags',
  'images',
  'videos',
]);

/** Our ids are always 19 digits; a client may send one without leading zeros. */
function padId(id: string): string {
  return id.padStart(19, '0');
}

function invalid(input: string, at: number): QuerySyntaxError {
  return new QuerySyntaxError(`no viable alternative at input '${input}'`, at + 1);
}

/** `text` is the word as typed; `quoted` the value of `op:"…"`; `at` its 0-based offset. */
export function toTerm(text: string, quoted: string | null, at: number): QueryTerm {
  if (text.startsWith('#')) {
    const tag = text.slice(1);
    if (!HASHTAG.test(tag)) throw invalid(text, at);
    return { kind: 'hashtag', tag: tag.toLowerCase() };
  }
  if (text.startsWith('@')) {
    const username = text.slice(1);
    if (!USERNAME.test(username)) throw invalid(text, at);
    return { kind: 'mention', username: username.toLowerCase() };
  }
  if (CASHTAG.test(text)) return { kind: 'cashtag', tag: text.slice(1).toLowerCase() };

  const operator = OPERATOR.exec(text);
  if (operator) return operatorTerm(operator[1] ?? '', quoted ?? operator[2] ?? '', text, at);

  const folded = fold(text);
  return { kind: 'keyword', raw: text, folded, tokens: tokenize(folded) };
}

function operatorTerm(name: string, value: string, text: string, at: number): QueryTerm {
  const op = name.toLowerCase();
  const known = op === 'from' || op === 'to' || op === 'retweets_of' || op === 'conversation_id' ||
    op === 'in_reply_to_tweet_id' || op === 'in_reply_to_status_id' || op === 'url' || op === 'lang' ||
    op === 'is' || op === 'has';
  // X's wording for operators it does not know, or does not offer on this product (since:, until:).
  if (!known) throw new QuerySyntaxError(`Reference to invalid operator '${name}'`, at + 1);
  if (value === '') throw invalid(text, at);

  switch (op) {
    case 'from':
    case 'to':
    case 'retweets_of': {
      const username = value.startsWith('@') ? value.slice(1) : value;
      if (!USERNAME.test(username)) throw invalid(text, at);
      return {
        kind: op,
        username: username.toLowerCase(),
        userId: NUMERIC_ID.test(username) ? padId(username) : null,
      };
    }
    case 'conversation_id':
    case 'in_reply_to_tweet_id':
    case 'in_reply_to_status_id':
      if (!NUMERIC_ID.test(value)) throw invalid(text, at);
      // in_reply_to_status_id: is X's alias for in_reply_to_tweet_id:.
      return { kind: op === 'conversation_id' ? op : 'in_reply_to_tweet_id', id: padId(value) };
    case 'url': {
      const tokens = urlTokens(value);
      if (tokens.length === 0) throw invalid(text, at);
      return { kind: 'url', raw: value, tokens };
    }
    case 'lang':
      if (!LANG.test(value)) throw new QuerySyntaxError(`Reference to invalid operator '${text}'`, at + 1);
      return { kind: 'lang', code: value.toLowerCase() };
    case 'is': {
      const flag = value.toLowerCase();
      // X names the whole word for a known operator with an unknown value: 'has:polls'.
      if (!IS_FLAGS.has(flag)) throw new QuerySyntaxError(`Reference to invalid operator '${text}'`, at + 1);
      return { kind: 'is', flag: flag as IsFlag };
    }
    default: {
      const flag = value.toLowerCase();
      if (!HAS_FLAGS.has(flag)) throw new QuerySyntaxError(`Reference to invalid operator '${text}'`, at + 1);
      return { kind: 'has', flag: flag as HasFlag };
    }
  }
}
