/** The horizontal column strip. Until there are columns, it says what to do next. */
export function ColumnArea(): React.JSX.Element {
  return (
    <main className="columns" aria-label="Columns">
      <div className="columns__empty" data-testid="columns-empty">
        <h1>No columns yet</h1>
        <p>Add a column to watch an account&apos;s Home timeline, its Mentions, or a hashtag such as #Improve4Patients.</p>
      </div>
    </main>
  );
}
