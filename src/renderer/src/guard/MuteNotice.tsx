// The notice after a mute: who was muted for which account, with Undo, and "Mute for all my
// accounts" (every connected account of the same kind, training or live). Core does both.
import './guard.css';
import { useCallback, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem } from '../../../shared/columns';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';

interface Muted {
  item: ColumnItem;
  /** The accounts this notice's Undo unmutes for. */
  accountIds: string[];
  message: string;
  busy: boolean;
}

const handles = (accounts: readonly AccountSummary[], ids: readonly string[]): string =>
  ids.map((id) => `@${accounts.find((account) => account.id === id)?.handle ?? 'account'}`).join(', ');

export function useMuteNotice(accounts: readonly AccountSummary[]): { show: (item: ColumnItem) => void; clear: () => void; element: React.JSX.Element | null } {
  const [muted, setMuted] = useState<Muted | null>(null);
  const [said, setSaid] = useState('');

  const show = useCallback(
    (item: ColumnItem) => {
      setSaid('');
      setMuted({ item, accountIds: [item.accountId], message: `Muted @${item.author.handle} for ${handles(accounts, [item.accountId])}: their posts are no longer listed in its columns.`, busy: false });
    },
    [accounts],
  );
  const clear = useCallback(() => {
    setMuted(null);
    setSaid('');
  }, []);

  const receiving = muted ? accounts.find((account) => account.id === muted.item.accountId) : undefined;
  const others = receiving ? accounts.filter((account) => account.id !== receiving.id && account.network === receiving.network && account.training === receiving.training && account.userId !== muted?.item.author.id) : [];

  const undo = async (current: Muted): Promise<void> => {
    setMuted({ ...current, busy: true });
    try {
      for (const accountId of current.accountIds) await getApi().call('mutedAuthors.unmute', { accountId, authorId: current.item.author.id });
      setMuted(null);
      setSaid(`Unmuted @${current.item.author.handle} for ${handles(accounts, current.accountIds)}: their posts are listed again.`);
    } catch (cause) {
      setMuted({ ...current, busy: false, message: `Undo failed: ${errorMessage(cause)}` });
    }
  };
  const muteAll = async (current: Muted): Promise<void> => {
    setMuted({ ...current, busy: true });
    try {
      await getApi().call('items.act', { accountId: current.item.accountId, itemId: current.item.id, action: 'mute', allAccounts: true });
      const ids = [current.item.accountId, ...others.map((account) => account.id)];
      setMuted({ ...current, busy: false, accountIds: ids, message: `Muted @${current.item.author.handle} for all your accounts (${handles(accounts, ids)}).` });
    } catch (cause) {
      setMuted({ ...current, busy: false, message: `Muting for all your accounts failed: ${errorMessage(cause)}` });
    }
  };

  const element = muted ? (
    <div className="guard-mute" role="status" data-testid="mute-notice">
      <span>{muted.message}</span>
      <button type="button" className="button button--small" disabled={muted.busy} onClick={() => void undo(muted)}>
        Undo
      </button>
      {muted.accountIds.length === 1 && others.length > 0 && (
        <button type="button" className="button button--small" disabled={muted.busy} onClick={() => void muteAll(muted)}>
          Mute for all my accounts
        </button>
      )}
      <button type="button" className="button button--small button--quiet" aria-label="Dismiss" onClick={clear}>
        ×
      </button>
    </div>
  ) : said ? (
    <p className="column-strip__notice" role="status">
      {said}
    </p>
  ) : null;

  return { show, clear, element };
}
