// The queue.* methods of the contract (DESIGN rule 2), over QueueService.
import type { Handlers } from '../rpc/dispatch';
import { AppError } from '../errors';
import type { PostChat, QueuedPost } from '../../../shared/queue';
import type { QueueService } from './service';

export type QueueHandlers = Pick<
  Handlers,
  'queue.create' | 'queue.list' | 'queue.edit' | 'queue.reschedule' | 'queue.act' | 'queue.history' | 'queue.attention' | 'queue.previewSlots'
>;

export interface QueueHandlerDeps {
  /** The chat plans the posts belong to: their posts are changed in the chat, not one by one. */
  chatPlansOf?: (postIds: readonly string[]) => ReadonlyMap<string, PostChat>;
}

/** The refusal for changing a chat's post from the Schedule (the chat service changes them itself, not through here). */
function chatPostRefusal(chat: Pick<PostChat, 'name'>): AppError {
  return new AppError('invalid_input', `This post is part of the chat “${chat.name}”: change it in that chat's plan (Chats).`);
}

export function queueHandlers(queue: QueueService, deps: QueueHandlerDeps = {}): QueueHandlers {
  const refuseChatPost = (postId: string): void => {
    const chat = deps.chatPlansOf?.([postId]).get(postId);
    if (chat) throw chatPostRefusal(chat);
  };
  const withChats = (posts: QueuedPost[]): QueuedPost[] => {
    const plans = deps.chatPlansOf?.(posts.map((post) => post.id));
    return posts.map((post) => {
      const chat = plans?.get(post.id);
      return chat ? { ...post, chat } : post;
    });
  };
  return {
    'queue.create': (input) => queue.create(input),
    'queue.list': (input) => withChats(queue.list(input)),
    'queue.edit': (input) => {
      refuseChatPost(input.id);
      return queue.edit(input);
    },
    'queue.reschedule': (input) => {
      refuseChatPost(input.id);
      return queue.reschedule(input);
    },
    'queue.act': (input) => {
      // Posting a held or failed chat post now stays here; taking it off the timetable is the plan's.
      if (input.action === 'discard' || input.action === 'to_draft') refuseChatPost(input.id);
      return queue.act(input);
    },
    'queue.history': ({ id }) => queue.history(id),
    'queue.attention': () => queue.attention(),
    'queue.previewSlots': ({ accountIds }) => queue.previewSlots(accountIds),
  };
}
