// Query errors carry X's own wording: the API answers a bad query with 400 and a message such as
// "There were errors processing your request: Reference to invalid operator 'since' (at position 1)".
// Thrown inside the lexer and parser only; parseQuery turns it into a value.

export class QuerySyntaxError extends Error {
  /** 1-based, as X reports positions. */
  readonly position: number;

  constructor(detail: string, position: number) {
    super(`There were errors processing your request: ${detail} (at position ${position})`);
    this.name = 'QuerySyntaxError';
    this.position = position;
  }
}
