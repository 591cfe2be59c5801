// GET /2/tweets/search/recent's query language. Grammar, as X documents it:
//   query := or            or := and ("OR" and)*        and := unary+
//   unary := "-" unary | "(" or ")" | term
// Spaces mean AND, and "AND logic is applied before OR": `a b OR c` is `(a b) OR c`.
// A query X would refuse comes back as { ok: false, message } in X's wording, for a 400.
import { lex, type Lexeme } from './lex';
import { toTerm } from './operators';
import { isConjunctionTerm, type QueryNode } from './query';
import { QuerySyntaxError } from './syntax-error';
import { fold } from './text';

export { excludesRepostsByDefault, type QueryNode } from './query';

/** Recent search on self-serve access (X also allows 1,024 on full-archive, 4,096 on Enterprise). */
export const MAX_QUERY_LENGTH = 512;

export type ParseResult = { ok: true; query: QueryNode } | { ok: false; message: string };

export function parseQuery(query: string): ParseResult {
  // These two are parameter checks on X, worded as its other parameter errors are.
  if (query.trim() === '') {
    return { ok: false, message: `Invalid 'query':'${query}'. 'query' must be a non-empty string` };
  }
  // X counts characters, not UTF-16 units: an emoji is one.
  const length = [...query].length;
  if (length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      message: `Invalid 'query':'${query}'. 'query' must be at most ${MAX_QUERY_LENGTH} characters long, not ${length}`,
    };
  }
  try {
    const node = new Parser(lex(query), query.length).parse();
    requireStandaloneTerm(node);
    return { ok: true, query: node };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}

class Parser {
  readonly #lexemes: Lexeme[];
  /** 1-based position of end of input, for errors about what is missing there. */
  readonly #eof: number;
  #next = 0;

  constructor(lexemes: Lexeme[], length: number) {
    this.#lexemes = lexemes;
    this.#eof = length + 1;
  }

  parse(): QueryNode {
    const node = this.#or();
    const extra = this.#peek();
    // #or stops only at ")" or the end, so anything left is an unopened ")".
    if (extra) throw new QuerySyntaxError(`missing EOF at ')'`, extra.at + 1);
    return node;
  }

  #peek(): Lexeme | undefined {
    return this.#lexemes[this.#next];
  }

  #or(): QueryNode {
    const children = [this.#and()];
    for (let lexeme = this.#peek(); lexeme?.type === 'or'; lexeme = this.#peek()) {
      this.#next++;
      children.push(this.#and());
    }
    return children.length === 1 && children[0] ? children[0] : { kind: 'or', children };
  }

  #and(): QueryNode {
    const children: QueryNode[] = [];
    for (let lexeme = this.#peek(); lexeme && lexeme.type !== 'or' && lexeme.type !== 'close'; lexeme = this.#peek()) {
      children.push(this.#unary());
    }
    const [only] = children;
    if (!only) throw this.#unexpected(this.#peek());
    return children.length === 1 ? only : { kind: 'and', children };
  }

  #unary(): QueryNode {
    const lexeme = this.#lexemes[this.#next++];
    switch (lexeme?.type) {
      case 'not':
        return { kind: 'not', child: this.#unary() };
      case 'open': {
        const inner = this.#or();
        const close = this.#lexemes[this.#next++];
        if (close?.type !== 'close') throw new QuerySyntaxError(`missing ')' at '<EOF>'`, this.#eof);
        return inner;
      }
      case 'phrase': {
        const folded = fold(lexeme.text);
        if (folded === '') throw new QuerySyntaxError(`no viable alternative at input '""'`, lexeme.at + 1);
        return { kind: 'phrase', raw: lexeme.text, folded };
      }
      case 'word':
        return toTerm(lexeme.text, lexeme.quoted, lexeme.at);
      default:
        throw this.#unexpected(lexeme);
    }
  }

  /** An empty group "()", a dangling OR, or a negation with nothing after it. */
  #unexpected(lexeme: Lexeme | undefined): QuerySyntaxError {
    if (!lexeme) return new QuerySyntaxError(`no viable alternative at input '<EOF>'`, this.#eof);
    const input = lexeme.type === 'or' ? 'OR' : lexeme.type === 'close' ? ')' : lexeme.type;
    return new QuerySyntaxError(`no viable alternative at input '${input}'`, lexeme.at + 1);
  }
}

/**
 * X refuses queries that would match too much: is:, has: and lang: need a standalone operator
 * beside them, and a query must search for something, not only exclude. "Beside them" is what X
 * documents — presence anywhere in the query — so `#meme OR has:images` passes, as on X.
 */
function requireStandaloneTerm(node: QueryNode): void {
  const found = { standalone: false, conjunction: false };
  visitPositive(node, false, found);
  if (found.standalone) return;
  if (found.conjunction) {
    throw new QuerySyntaxError('is/has/lang cannot be used as a standalone operator', 1);
  }
  throw new QuerySyntaxError('Rules must contain a non-negation term', 1);
}

function visitPositive(node: QueryNode, negated: boolean, found: { standalone: boolean; conjunction: boolean }): void {
  switch (node.kind) {
    case 'and':
    case 'or':
      for (const child of node.children) visitPositive(child, negated, found);
      return;
    case 'not':
      visitPositive(node.child, !negated, found);
      return;
    default:
      if (negated) return;
      if (isConjunctionTerm(node)) found.conjunction = true;
      else found.standalone = true;
  }
}
