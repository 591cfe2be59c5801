import type { OrgLockable, OrganisationView } from '../../../shared/organisation';

interface LockNoteProps {
  view: OrganisationView | null;
  lock: OrgLockable;
  /** Whether the organisation file gives this value at all. */
  isSet: boolean;
}

/** "Set by Horizons NHS programme (locked)" or "Suggested by …" beside a value the organisation file gives. */
export function LockNote({ view, lock, isSet }: LockNoteProps): React.JSX.Element | null {
  if (!view?.file || !isSet) return null;
  const locked = view.locked.includes(lock);
  return (
    <span className={`lock-note${locked ? ' lock-note--locked' : ''}`} data-testid={`lock-note-${lock}`}>
      {locked ? (
        <>
          Locked: set by {view.file.organisation}; ask your IT team to change it
        </>
      ) : (
        <>Suggested by {view.file.organisation}; yours to change</>
      )}
    </span>
  );
}
