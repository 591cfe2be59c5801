// The chat.* methods of the contract (tweet chat mode). Being built: see issue 7.
import { AppError } from '../errors';
import type { Handlers } from '../rpc/dispatch';

export type ChatHandlers = Pick<
  Handlers,
  | 'chat.list'
  | 'chat.get'
  | 'chat.save'
  | 'chat.schedule'
  | 'chat.cancel'
  | 'chat.delete'
  | 'chat.feed'
  | 'chat.post'
  | 'chat.report'
  | 'chat.export'
  | 'chat.templates'
  | 'chat.saveTemplate'
  | 'chat.deleteTemplate'
  | 'chat.practice'
>;

const notYet = (): never => {
  throw new AppError('unavailable', 'Tweet chats are not available yet.');
};

export function chatHandlers(): ChatHandlers {
  return {
    'chat.list': () => [],
    'chat.get': notYet,
    'chat.save': notYet,
    'chat.schedule': notYet,
    'chat.cancel': notYet,
    'chat.delete': () => [],
    'chat.feed': notYet,
    'chat.post': notYet,
    'chat.report': notYet,
    'chat.export': notYet,
    'chat.templates': () => [],
    'chat.saveTemplate': notYet,
    'chat.deleteTemplate': () => [],
    'chat.practice': notYet,
  };
}
