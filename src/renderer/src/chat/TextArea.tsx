// A labelled multi-line field with its hint and error wired to it, like the shell's TextField.
import { Field } from '../shell/Field';

export function TextArea({ label, hint, error, value, rows = 3, onChange }: { label: string; hint?: string; error?: string | undefined; value: string; rows?: number; onChange: (value: string) => void }): React.JSX.Element {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} className="input plan__textarea" rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
