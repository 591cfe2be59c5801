import type { AccountSummary } from '../../../shared/contract';
import { postingMixOf } from './posting-mix';

/** Says, above everything else in the workspace, that practice accounts are not X. */
export function TrainingBanner({ accounts }: { accounts: AccountSummary[] }): React.JSX.Element | null {
  const mix = postingMixOf(accounts);
  if (mix === 'none' || mix === 'live') return null;
  return (
    <section className="training-banner" aria-label="Training sandbox" data-testid="training-banner">
      <span className="training-banner__mark" aria-hidden="true">
        ◆
      </span>
      <p>
        <strong>Training sandbox — practice accounts, nothing is posted to X.</strong>{' '}
        {mix === 'mixed'
          ? 'Accounts marked Training are practice accounts; the others are live X accounts.'
          : 'The people who reply are simulated. Practise freely.'}
      </p>
    </section>
  );
}
