// The queue.* methods of the contract (DESIGN rule 2), over QueueService.
import type { Handlers } from '../rpc/dispatch';
import type { QueueService } from './service';

export type QueueHandlers = Pick<
  Handlers,
  'queue.create' | 'queue.list' | 'queue.edit' | 'queue.reschedule' | 'queue.act' | 'queue.history' | 'queue.attention' | 'queue.previewSlots'
>;

export function queueHandlers(queue: QueueService): QueueHandlers {
  return {
    'queue.create': (input) => queue.create(input),
    'queue.list': (input) => queue.list(input),
    'queue.edit': (input) => queue.edit(input),
    'queue.reschedule': (input) => queue.reschedule(input),
    'queue.act': (input) => queue.act(input),
    'queue.history': ({ id }) => queue.history(id),
    'queue.attention': () => queue.attention(),
    'queue.previewSlots': ({ accountIds }) => queue.previewSlots(accountIds),
  };
}
