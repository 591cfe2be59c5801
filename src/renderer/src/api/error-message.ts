// What a failed call says to the user: the core's own sentence when it sent one (errors are values
// the UI can explain), otherwise whatever the failure carried.
import { ApiError } from './client';

export function errorMessage(cause: unknown): string {
  if (cause instanceof ApiError) return cause.message;
  if (cause instanceof Error) return cause.message;
  return String(cause);
}

export interface FieldError {
  field: string;
  message: string;
}

// The core reports invalid input as "Invalid input for <method>: <field>: <reason>" (rpc/dispatch.ts).
const INVALID_INPUT = /^Invalid input for [\w.]+: ([\w.]+): (.+)$/s;

/** The field an `invalid_input` error is about, so the form can show it next to that field. */
export function fieldErrorOf(cause: unknown): FieldError | null {
  if (!(cause instanceof ApiError) || cause.code !== 'invalid_input') return null;
  const match = INVALID_INPUT.exec(cause.message);
  if (!match?.[1] || !match[2]) return null;
  return { field: match[1], message: match[2].charAt(0).toUpperCase() + match[2].slice(1) };
}
