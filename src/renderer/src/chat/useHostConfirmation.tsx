// The composer's large-type confirmation, for what a chat sends from a "confirm before posting"
// account (scheduling the whole plan, or a post from the chat view). The core refuses without it;
// when it asks although the account summary did not say so, the confirmation is shown then. A chat
// post may offer "Don't ask again for this chat (until it ends)": core then records the grant.
import { useCallback, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import { ApiError, getApi } from '../api';
import { PostConfirmation } from '../compose/PostConfirmation';

interface Asking {
  account: AccountSummary;
  text: string;
  verb: string;
  when: string;
  offerDontAsk: boolean;
  go: (confirmedAccountIds: string[], dontAskAgain: boolean) => void;
  cancel: () => void;
}

interface Confirmed {
  ids: string[];
  dontAskAgain: boolean;
}

export interface ConfirmRequest {
  account: AccountSummary | undefined;
  /** What the account will say first, shown in large type. */
  text: string;
  verb: string;
  when: string;
  /** A post from a chat: offer "Don't ask again for this chat (until it ends)". */
  offerDontAsk?: boolean;
  /**
   * Core holds a don't-ask-again grant for this chat and account (Chat.postingGrant): send without
   * asking first; core still decides, and a refusal brings the confirmation back.
   */
  granted?: boolean;
  /** Runs the call with the confirmed ids (and the host's don't-ask-again choice); rejects as the call does. */
  send: (confirmedAccountIds: string[], dontAskAgain: boolean) => Promise<void>;
}

function asksForConfirmation(cause: unknown): boolean {
  return cause instanceof ApiError && (cause.code === 'confirmation_required' || (cause.code === 'invalid_input' && /confirm/i.test(cause.message)));
}

export function useHostConfirmation(): { confirmThenSend: (request: ConfirmRequest) => Promise<'sent' | 'cancelled'>; dialog: React.JSX.Element | null } {
  const [asking, setAsking] = useState<Asking | null>(null);

  const confirmThenSend = useCallback(async (request: ConfirmRequest): Promise<'sent' | 'cancelled'> => {
    const { account } = request;
    const ask = (who: AccountSummary): Promise<Confirmed | null> =>
      new Promise((resolve) => {
        setAsking({
          account: who,
          text: request.text,
          verb: request.verb,
          when: request.when,
          offerDontAsk: request.offerDontAsk === true,
          go: (ids, dontAskAgain) => {
            setAsking(null);
            resolve({ ids, dontAskAgain });
          },
          cancel: () => {
            setAsking(null);
            resolve(null);
          },
        });
      });
    // Core says whether the account asks (the renderer never decides).
    const needs = account ? await getApi().call('confirmations.required', { accountIds: [account.id] }) : [];
    if (account && needs.length > 0 && request.granted !== true) {
      const confirmed = await ask(account);
      if (!confirmed) return 'cancelled';
      await request.send(confirmed.ids, confirmed.dontAskAgain);
      return 'sent';
    }
    try {
      await request.send([], false);
      return 'sent';
    } catch (cause) {
      if (!account || !asksForConfirmation(cause)) throw cause;
      const confirmed = await ask(account);
      if (!confirmed) return 'cancelled';
      await request.send(confirmed.ids, confirmed.dontAskAgain);
      return 'sent';
    }
  }, []);

  const dialog = asking ? <HostConfirmation asking={asking} /> : null;

  return { confirmThenSend, dialog };
}

/** The confirmation, with the chat post's "don't ask again" box (off each time it opens). */
function HostConfirmation({ asking }: { asking: Asking }): React.JSX.Element {
  const [dontAskAgain, setDontAskAgain] = useState(false);
  const extra = asking.offerDontAsk ? (
    <label className="confirm__dont-ask">
      <input type="checkbox" checked={dontAskAgain} onChange={(event) => setDontAskAgain(event.target.checked)} /> Don’t ask again for this chat (until it ends)
    </label>
  ) : null;
  return (
    <PostConfirmation
      items={[{ account: asking.account, parts: [{ key: 'chat', text: asking.text, media: [] }] }]}
      verb={asking.verb}
      when={asking.when}
      extra={extra}
      onConfirmed={(ids) => asking.go(ids, dontAskAgain)}
      onCancel={asking.cancel}
    />
  );
}
