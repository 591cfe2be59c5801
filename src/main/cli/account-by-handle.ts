// The connected account a command line names by handle (with or without the @).
import type { AccountSummary } from '../../shared/accounts';
import type { Core } from '../core/app';
import { AppError } from '../core/errors';

export function accountByHandle(core: Core, handle: string): AccountSummary {
  const bare = handle.replace(/^@/, '').toLowerCase();
  const matches = core.accounts.list().filter((a) => a.handle.toLowerCase() === bare);
  if (matches.length === 0) throw new AppError('invalid_request', `No connected account is @${bare}.`);
  if (matches.length > 1) throw new AppError('invalid_request', `More than one account is @${bare} (training and live); use the app.`);
  return matches[0] as AccountSummary;
}
