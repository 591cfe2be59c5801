// The corporate confirmation as the queue enforces it (DESIGN: decided in core): a post that will
// go out as an account that asks for confirmation is refused unless the person confirmed that
// account in the large-type dialog. create() and edit() both ask here.
import type { AccountSummary } from '../../../shared/accounts';
import { AppError } from '../errors';

export function assertConfirmed(accounts: readonly AccountSummary[], confirmedAccountIds: readonly string[]): void {
  for (const account of accounts) {
    if (account.confirmBeforePosting && !confirmedAccountIds.includes(account.id)) {
      throw new AppError('invalid_input', `@${account.handle} asks for confirmation before posting: confirm in the large-type dialog showing @${account.handle} first.`);
    }
  }
}
