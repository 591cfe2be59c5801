// A persistent banner while Columns' engine cannot be reached (browser mode: the engine stopped or
// crashed, the laptop slept, the bridge dropped). The screen keeps what it last loaded, greyed; the
// banner says it is reconnecting, and what to do where the page cannot reconnect by itself.
import { useConnection } from '../api/connection';

export function EngineBanner(): React.JSX.Element | null {
  const state = useConnection();
  if (state === 'open' || state === 'connecting') return null;
  return (
    <div className="engine-banner" role="alert" data-testid="engine-banner" data-state={state}>
      {state === 'lost' ? (
        <>
          <strong>Columns’ engine is not answering. Reconnecting…</strong>
          <span>
            Columns shows what it last loaded, greyed, and sends nothing until the engine is back. If you quit Columns, start it again (npm start) and
            open the address it prints.
          </span>
        </>
      ) : (
        <>
          <strong>Columns was started again, with a new address.</strong>
          <span>
            This page cannot reconnect by itself: its access token was for the last launch. Open the address Columns printed when it started (npm
            start shows it). Copy anything you were typing here first.
          </span>
        </>
      )}
    </div>
  );
}
