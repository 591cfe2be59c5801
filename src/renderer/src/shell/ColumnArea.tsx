import { ColumnStrip, type ColumnStripProps } from '../columns/ColumnStrip';

/** The horizontal column strip. Until there are columns, it says what to do next. */
export function ColumnArea(props: Omit<ColumnStripProps, 'empty'>): React.JSX.Element {
  return (
    <main className="columns columns--strip" aria-label="Columns">
      <ColumnStrip
        {...props}
        empty={(addColumn) => (
          <div className="columns__empty" data-testid="columns-empty">
            <h1>No columns yet</h1>
            <p>Add a column to watch an account&apos;s Mentions, its Home timeline, or a hashtag such as #Improve4Patients.</p>
            <button type="button" className="button button--primary" onClick={addColumn}>
              Add your first column
            </button>
          </div>
        )}
      />
    </main>
  );
}
