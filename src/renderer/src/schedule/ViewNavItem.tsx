import './view-nav.css';

interface ViewNavItemProps {
  label: string;
  current: boolean;
  /** Posts waiting for the user (failed and held); no badge at 0. */
  attention?: number;
  onClick: () => void;
}

/** A sidebar entry for a workspace view (Columns, Schedule), with a count of what needs the user. */
export function ViewNavItem({ label, current, attention = 0, onClick }: ViewNavItemProps): React.JSX.Element {
  return (
    <button type="button" className="nav-item" aria-current={current ? 'page' : undefined} onClick={onClick}>
      <span>{label}</span>
      {attention > 0 && (
        <span className="nav-item__badge" data-testid="attention-badge">
          {attention}
          <span className="visually-hidden"> {attention === 1 ? 'post needs' : 'posts need'} you</span>
        </span>
      )}
    </button>
  );
}
