// Request input through zod, with X's 400 body on failure: every bad parameter listed, each with
// the value it had. Query strings arrive as strings, so schemas coerce where X accepts numbers.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ParameterProblem } from '../render/problems';
import { invalidRequest } from './problems';

export const JSON_CONTENT_TYPE_MESSAGE = 'Requests with bodies must have content-type of application/json.';

export function isJsonRequest(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** X reads request bodies as JSON only; the sandbox's form parser exists for the OAuth endpoints. */
export function requireJsonBody(request: FastifyRequest): void {
  if (!isJsonRequest(request)) throw invalidRequest([{ parameters: {}, message: JSON_CONTENT_TYPE_MESSAGE }]);
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: 'query' | 'body' | 'path'): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw invalidRequest(result.error.issues.map((issue) => toProblem(issue, input, where)));
}

function toProblem(issue: z.core.$ZodIssue, input: unknown, where: 'query' | 'body' | 'path'): ParameterProblem {
  const name = issue.path.length > 0 ? issue.path.map(String).join('.') : where;
  const value = valueAt(input, issue.path);
  const label = where === 'body' ? `$.${name}` : `The \`${name}\` ${where === 'query' ? 'query' : 'path'} parameter`;
  const message =
    value === undefined
      ? where === 'body'
        ? `${label} is required.`
        : `${label} is missing.`
      : `${label} value [${render(value)}] is not valid: ${issue.message}`;
  return { parameters: { [name]: value === undefined ? [] : [render(value)] }, message };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function render(value: unknown): string {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}
