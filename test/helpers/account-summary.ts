// One connected account as the contract shows it, for unit tests that need no database: a corporate
// training-free X account that asks for confirmation; each test patches what it is about.
import type { AccountSummary } from '../../src/shared/accounts';

export function accountSummary(handle: string, patch: Partial<AccountSummary> = {}): AccountSummary {
  return {
    id: `id-${handle}`,
    network: 'x',
    userId: '1',
    handle,
    displayName: handle,
    kind: 'corporate',
    colour: '#123456',
    avatarUrl: null,
    status: 'active',
    statusNote: null,
    training: false,
    confirmBeforePosting: true,
    requireAltText: false,
    ...patch,
  };
}
