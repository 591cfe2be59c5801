// The confirmations.* methods: which accounts need the large-type confirmation for an action (the
// renderer shows what core answers), and the audit trail of confirmations given.
import type { Handlers } from '../rpc/dispatch';
import type { Confirmations } from './service';

export function confirmationHandlers(confirmations: Confirmations): Pick<Handlers, 'confirmations.required' | 'confirmations.list'> {
  return {
    'confirmations.required': ({ accountIds }) => confirmations.required(accountIds),
    'confirmations.list': (filter) => confirmations.list(filter),
  };
}
