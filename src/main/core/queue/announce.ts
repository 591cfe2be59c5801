// Tells the renderer what changed (queue.changed, queue.attention) and the person what needs them:
// a desktop notification when posts fail or are held, with the badge count (failed + held).
import type { QueueAttention } from '../../../shared/queue';
import type { EventHub } from '../rpc/events';
import type { MediaSource, Notify } from './deps';
import { toQueuedPost } from './records';
import type { PostsRepository } from './repository';

export class QueueAnnouncer {
  #attention: QueueAttention | null = null;

  constructor(
    private readonly repo: PostsRepository,
    private readonly media: MediaSource,
    private readonly events: EventHub,
    private readonly notify: Notify | undefined,
  ) {}

  /** Posts whose state or content changed (deleted ones are simply absent from later lists). */
  changed(ids: readonly string[]): void {
    const posts = ids.map((id) => this.repo.get(id)).filter((post) => post !== null);
    this.events.emit('queue.changed', posts.map((post) => toQueuedPost(post, this.media)));
    this.#attentionNow();
  }

  /** Something went wrong that the person must decide about: one notification per event. */
  needsYou(title: string, body: string): void {
    try {
      this.notify?.(title, body);
    } catch (error) {
      console.error('[columns] a desktop notification failed', error);
    }
  }

  #attentionNow(): void {
    const next = this.repo.attention();
    if (this.#attention && this.#attention.failed === next.failed && this.#attention.held === next.held) return;
    this.#attention = next;
    this.events.emit('queue.attention', next);
  }
}
