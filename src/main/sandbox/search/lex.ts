// Splits a query into parentheses, OR, negation marks, "phrases" and words. Whitespace separates
// words; `-` negates only at the start of a word, so "e-mail" stays one word.
import { QuerySyntaxError } from './syntax-error';

export type Lexeme =
  | { type: 'open' | 'close' | 'or' | 'not'; at: number }
  | { type: 'phrase'; at: number; text: string }
  /** `quoted` is the value of `op:"quoted value"`; `text` is then just "op:". */
  | { type: 'word'; at: number; text: string; quoted: string | null };

const SPACE = /\s/u;

function isWordEnd(char: string): boolean {
  return char === '' || SPACE.test(char) || char === '(' || char === ')' || char === '"';
}

export function lex(query: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query.charAt(i);
    if (SPACE.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      out.push({ type: char === '(' ? 'open' : 'close', at: i });
      i++;
    } else if (char === '"') {
      const close = closingQuote(query, i);
      out.push({ type: 'phrase', at: i, text: query.slice(i + 1, close) });
      i = close + 1;
    } else if (char === '-') {
      // A dangling "-" would negate nothing; X rejects it rather than searching for a dash.
      const next = query.charAt(i + 1);
      if (next === '' || SPACE.test(next) || next === ')' || next === '-') {
        throw new QuerySyntaxError(`no viable alternative at input '-'`, i + 1);
      }
      out.push({ type: 'not', at: i });
      i++;
    } else {
      const start = i;
      while (!isWordEnd(query.charAt(i))) i++;
      const text = query.slice(start, i);
      let quoted: string | null = null;
      if (text.endsWith(':') && query.charAt(i) === '"') {
        const close = closingQuote(query, i);
        quoted = query.slice(i + 1, close);
        i = close + 1;
      }
      out.push(word(text, quoted, start));
    }
  }
  return out;
}

function closingQuote(query: string, open: number): number {
  const close = query.indexOf('"', open + 1);
  if (close === -1) throw new QuerySyntaxError(`no viable alternative at character '"'`, open + 1);
  return close;
}

function word(text: string, quoted: string | null, at: number): Lexeme {
  if (text === 'OR') return { type: 'or', at };
  // X's wording, reported for an upper-case AND: spaces already mean AND.
  if (text === 'AND') {
    throw new QuerySyntaxError(
      'Ambiguous use of and as a keyword. Use a space to logically join two clauses, or "and" to find occurrences of and in text',
      at + 1,
    );
  }
  // X only accepts double quotes; a word opening with ' or [ is a syntax error there, not a keyword.
  if (text.startsWith("'")) throw new QuerySyntaxError(`no viable alternative at character '''`, at + 1);
  if (text.startsWith('[')) throw new QuerySyntaxError(`no viable alternative at input '['`, at + 1);
  return { type: 'word', at, text, quoted };
}
