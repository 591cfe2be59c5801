// The end of a settings form: why saving failed, the save button, and what the last save did
// (announced as a status).
interface SaveRowProps {
  /** The form's own error: one no single field explains. */
  error?: string | undefined;
  busy: boolean;
  status: string;
  /** The button's text. */
  children: React.ReactNode;
}

export function SaveRow({ error, busy, status, children }: SaveRowProps): React.JSX.Element {
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="x-app__save">
        <button type="submit" className="button button--primary" disabled={busy}>
          {children}
        </button>
        <span role="status" className="x-app__status">
          {status}
        </span>
      </div>
    </>
  );
}
