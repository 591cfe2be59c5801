// Reply to / quote: a post's address on X or its number. Checked as typed; the core checks again.
import { TextField } from '../shell/TextField';
import { parsePostReference } from './post-reference';

interface ReferenceFieldsProps {
  replyTo: string;
  quoteOf: string;
  errors: { replyTo?: string | undefined; quoteOf?: string | undefined };
  onChange: (field: 'replyTo' | 'quoteOf', value: string) => void;
}

function ownError(value: string): string | undefined {
  const reference = parsePostReference(value);
  return reference.kind === 'invalid' ? reference.message : undefined;
}

export function ReferenceFields({ replyTo, quoteOf, errors, onChange }: ReferenceFieldsProps): React.JSX.Element {
  return (
    <details className="compose__references" open={replyTo !== '' || quoteOf !== '' || undefined}>
      <summary>Reply to or quote a post</summary>
      <div className="compose__reference-fields">
        <TextField
          label="Reply to"
          hint="The address of a post on X, or its number"
          placeholder="https://x.com/…/status/…"
          value={replyTo}
          error={errors.replyTo ?? ownError(replyTo)}
          onChange={(event) => onChange('replyTo', event.target.value)}
        />
        <TextField
          label="Quote"
          hint="The address of a post on X, or its number"
          placeholder="https://x.com/…/status/…"
          value={quoteOf}
          error={errors.quoteOf ?? ownError(quoteOf)}
          onChange={(event) => onChange('quoteOf', event.target.value)}
        />
      </div>
    </details>
  );
}
