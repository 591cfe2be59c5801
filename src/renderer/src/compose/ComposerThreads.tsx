// The threads being written: the shared one (for every chosen account not customised) and each
// customised account's own, one ThreadEditor each.
import type { AccountSummary } from '../../../shared/accounts';
import type { Measured } from '../../../shared/compose';
import { partsOf, threadIdFor, type ComposerAction, type ComposerState } from './composer-state';
import { handles } from './composer-messages';
import { ThreadEditor } from './ThreadEditor';

interface ComposerThreadsProps {
  state: ComposerState;
  chosen: readonly AccountSummary[];
  customised: readonly AccountSummary[];
  showShared: boolean;
  measured: Readonly<Record<string, Measured>>;
  stale: ReadonlySet<string>;
  errors: Readonly<Record<string, string>>;
  dispatch: (action: ComposerAction) => void;
  newKey: () => string;
  /** Parts already on X (an edited thread that stopped part-way). */
  locked: ReadonlySet<string>;
}

export function ComposerThreads({ state, chosen, customised, showShared, measured, stale, errors, dispatch, newKey, locked }: ComposerThreadsProps): React.JSX.Element {
  const sharedHeading =
    chosen.length === 0 ? 'Your post' : customised.length === 0 ? `Text for ${handles(chosen)}` : `Text for ${handles(chosen.filter((a) => !state.variants[a.id]))}`;
  const common = { measured, stale, errors, dispatch, newKey };
  return (
    <>
      {showShared && <ThreadEditor thread="shared" heading={sharedHeading} parts={state.shared} locked={locked} {...common} />}
      {customised.map((account) => {
        const thread = threadIdFor(state, account.id);
        return <ThreadEditor key={account.id} thread={thread} heading={`Text for @${account.handle} only`} parts={partsOf(state, thread)} {...common} />;
      })}
    </>
  );
}
