// The composer's large-type confirmation, for what a chat sends from a "confirm before posting"
// account (scheduling the whole plan, or a post from the chat view). The core refuses without it;
// when it asks although the account summary did not say so, the confirmation is shown then.
import { useCallback, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import { ApiError, getApi } from '../api';
import { PostConfirmation } from '../compose/PostConfirmation';

interface Asking {
  account: AccountSummary;
  text: string;
  verb: string;
  when: string;
  go: (confirmedAccountIds: string[]) => void;
  cancel: () => void;
}

export interface ConfirmRequest {
  account: AccountSummary | undefined;
  /** What the account will say first, shown in large type. */
  text: string;
  verb: string;
  when: string;
  /** Runs the call with the confirmed ids; rejects as the call does. */
  send: (confirmedAccountIds: string[]) => Promise<void>;
}

function asksForConfirmation(cause: unknown): boolean {
  return cause instanceof ApiError && (cause.code === 'confirmation_required' || (cause.code === 'invalid_input' && /confirm/i.test(cause.message)));
}

export function useHostConfirmation(): { confirmThenSend: (request: ConfirmRequest) => Promise<'sent' | 'cancelled'>; dialog: React.JSX.Element | null } {
  const [asking, setAsking] = useState<Asking | null>(null);

  const confirmThenSend = useCallback(async (request: ConfirmRequest): Promise<'sent' | 'cancelled'> => {
    const { account } = request;
    const ask = (who: AccountSummary): Promise<string[] | null> =>
      new Promise((resolve) => {
        setAsking({
          account: who,
          text: request.text,
          verb: request.verb,
          when: request.when,
          go: (ids) => {
            setAsking(null);
            resolve(ids);
          },
          cancel: () => {
            setAsking(null);
            resolve(null);
          },
        });
      });
    // Core says whether the account asks (the renderer never decides).
    const needs = account ? await getApi().call('confirmations.required', { accountIds: [account.id] }) : [];
    if (account && needs.length > 0) {
      const ids = await ask(account);
      if (!ids) return 'cancelled';
      await request.send(ids);
      return 'sent';
    }
    try {
      await request.send([]);
      return 'sent';
    } catch (cause) {
      if (!account || !asksForConfirmation(cause)) throw cause;
      const ids = await ask(account);
      if (!ids) return 'cancelled';
      await request.send(ids);
      return 'sent';
    }
  }, []);

  const dialog = asking ? (
    <PostConfirmation
      items={[{ account: asking.account, parts: [{ key: 'chat', text: asking.text, media: [] }] }]}
      verb={asking.verb}
      when={asking.when}
      onConfirmed={asking.go}
      onCancel={asking.cancel}
    />
  ) : null;

  return { confirmThenSend, dialog };
}
