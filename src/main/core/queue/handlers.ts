// The queue.* methods of the contract (DESIGN rule 2), over QueueService.
import type { Handlers } from '../rpc/dispatch';
import { AppError } from '../errors';
import type { QueueService } from './service';

export type QueueHandlers = Pick<
  Handlers,
  'queue.create' | 'queue.list' | 'queue.edit' | 'queue.reschedule' | 'queue.act' | 'queue.history' | 'queue.attention' | 'queue.previewSlots'
>;

export interface QueueHandlerDeps {
  /** The chat plan a post belongs to: its posts are edited in the chat, not one by one. */
  chatPlanOf?: (postId: string) => { name: string } | null;
}

export function queueHandlers(queue: QueueService, deps: QueueHandlerDeps = {}): QueueHandlers {
  return {
    'queue.create': (input) => queue.create(input),
    'queue.list': (input) => queue.list(input),
    'queue.edit': (input) => {
      const chat = deps.chatPlanOf?.(input.id);
      if (chat) throw new AppError('invalid_input', `This post is part of the chat “${chat.name}”: change it in that chat's plan (Chats).`);
      return queue.edit(input);
    },
    'queue.reschedule': (input) => queue.reschedule(input),
    'queue.act': (input) => queue.act(input),
    'queue.history': ({ id }) => queue.history(id),
    'queue.attention': () => queue.attention(),
    'queue.previewSlots': ({ accountIds }) => queue.previewSlots(accountIds),
  };
}
