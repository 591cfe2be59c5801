// postChecks.run: the composer asks what the post checks find before it sends (the same rules
// queue.create, CSV import, chats and the CLI run).
import type { AccountSummary } from '../../../shared/accounts';
import type { Handlers } from '../rpc/dispatch';
import { checkByAccountId } from './checks';

export function postCheckHandlers(accounts: () => AccountSummary[]): Pick<Handlers, 'postChecks.run'> {
  return { 'postChecks.run': ({ posts }) => checkByAccountId(accounts(), posts) };
}
