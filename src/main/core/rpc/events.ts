import type { EventName, EventPayload } from '../../../shared/contract';

export type EventListener = (event: EventName, payload: unknown) => void;

/** Fan-out of core events to every connected transport (IPC window, browser bridge sockets). */
export class EventHub {
  readonly #listeners = new Set<EventListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.#listeners) {
      try {
        listener(event, payload);
      } catch (error) {
        console.error(`[columns] event listener for ${event} failed`, error);
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
