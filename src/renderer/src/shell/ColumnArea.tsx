interface ColumnAreaProps {
  hasAccounts: boolean;
  onOpenSettings: () => void;
}

/** The horizontal column strip. Until there are columns, it says what to do next. */
export function ColumnArea({ hasAccounts, onOpenSettings }: ColumnAreaProps): React.JSX.Element {
  return (
    <main className="columns" aria-label="Columns">
      <div className="columns__empty" data-testid="columns-empty">
        <h1>No columns yet</h1>
        {hasAccounts ? (
          <p>Add a column to watch an account&apos;s Home timeline, its Mentions, or a hashtag such as #Improve4Patients.</p>
        ) : (
          <>
            <p>
              Columns shows every account you run side by side: Home, Mentions, a hashtag for your tweet chat, and
              your scheduled posts.
            </p>
            <ol className="columns__steps">
              <li>Connect an X account (or practise in the training sandbox).</li>
              <li>Add columns for its Home, Mentions or a hashtag.</li>
              <li>Write and schedule posts with New post.</li>
            </ol>
            <button type="button" className="button button--primary" onClick={onOpenSettings}>
              Open settings to get started
            </button>
          </>
        )}
      </div>
    </main>
  );
}
