// Where the composer shows a problem: beside a part, beside one of its fields, or for the form.
// The core's answer (an invalid_input naming a field path) is turned into one of these.
import { errorMessage, fieldErrorOf } from '../api/error-message';
import type { ComposerState } from './composer-state';
import { errorTargetOf } from './publish-request';

export type FieldName = 'accounts' | 'replyTo' | 'quoteOf' | 'schedule' | 'grace';

export interface ComposerErrors {
  slots: Record<string, string>;
  fields: Partial<Record<FieldName, string>>;
  form: string | null;
}

export const NO_ERRORS: ComposerErrors = { slots: {}, fields: {}, form: null };

export const fieldError = (field: FieldName, message: string): ComposerErrors => ({ ...NO_ERRORS, fields: { [field]: message } });
export const formError = (message: string): ComposerErrors => ({ ...NO_ERRORS, form: message });

/** The core's refusal, placed beside the control it is about. */
export function errorsFromCause(cause: unknown, posting: ComposerState): ComposerErrors {
  const field = fieldErrorOf(cause);
  const target = field ? errorTargetOf(field.field, posting) : { kind: 'form' as const };
  const message = field?.message ?? errorMessage(cause);
  if (target.kind === 'slot') return { ...NO_ERRORS, slots: { [target.slot]: message } };
  if (target.kind === 'field') return fieldError(target.field, message);
  return formError(message);
}

/** Brings the message into view beside its control (it may be scrolled away, or in a closed section). */
export function revealError(): void {
  requestAnimationFrame(() => document.querySelector('.composer .field-error')?.scrollIntoView({ block: 'center' }));
}
