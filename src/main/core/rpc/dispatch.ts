// Validates and routes one call from any transport. The core never sees unvalidated input, and
// every failure comes back as a structured `{ code, message }` (DESIGN rule 2).
import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type MethodName,
  type MethodParsedInput,
  type MethodResult,
} from '../../../shared/contract';
import type { ApiErrorBody, WireResult } from '../../../shared/wire';
import { AppError } from '../errors';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

export type Dispatch = (method: unknown, input: unknown) => Promise<WireResult>;

export interface DispatchOptions {
  /** Where unexpected failures go; never to the caller, which may be a web page. */
  logError?: (error: unknown, method: string) => void;
}

const MAX_NAME_IN_MESSAGE = 80;

function fail(code: ApiErrorBody['code'], message: string): WireResult {
  return { ok: false, error: { code, message } };
}

function describeIssue(method: string, issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)';
  return `Invalid input for ${method}: ${field}: ${issue.message}`;
}

export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((error, method) => console.error(`[columns] ${method} failed`, error));
  return async (method, input) => {
    if (!isMethodName(method)) {
      const shown = typeof method === 'string' ? JSON.stringify(method.slice(0, MAX_NAME_IN_MESSAGE)) : typeof method;
      return fail('unknown_method', `Unknown method ${shown}.`);
    }
    const parsed = contract.methods[method].input.safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return fail('invalid_input', first ? describeIssue(method, first) : `Invalid input for ${method}.`);
    }
    try {
      const handler = handlers[method] as (value: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      logError(error, method);
      return fail('internal', `Columns could not complete ${method}. The details are in the log.`);
    }
  };
}
