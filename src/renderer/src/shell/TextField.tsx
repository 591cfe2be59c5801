import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './Field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the field and announced; marks the input invalid. */
  error?: string | undefined;
  short?: boolean;
}

/** A labelled input with its hint and its error wired to it for screen readers. */
export function TextField({ label, hint, error, short = false, ...input }: TextFieldProps): React.JSX.Element {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...input} {...control} className={short ? 'input input--short' : 'input'} />}
    </Field>
  );
}
