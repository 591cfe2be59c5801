// A virtualised list of posts and its keys, as a column and a chat's live stream share them: j/k move
// between posts (scrolling the one reached into view), r/l/t/q/h/e/u act on the focused post, o/Enter
// and p open it or its author, Escape leaves it, and the post
// last focused is the one Tab comes back to (one tab stop per list).
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';
import type { ItemCommand } from './item-actions';
import { isTypingIn } from './typing-target';

/** TweetDeck's letters where it had them (r, l, t, q), x.com's for mute (u); e for "done" as in mail. */
export const KEY_COMMANDS: Record<string, ItemCommand> = { r: 'reply', l: 'like', t: 'repost', q: 'quote', h: 'hide', e: 'handled', u: 'mute' };
/** Open the post (o or Enter on the post itself), the author's profile (p). */
const OPEN_KEYS: Record<string, 'post' | 'profile'> = { o: 'post', Enter: 'post', p: 'profile' };

interface PostListOptions<T> {
  /** In the order shown. */
  items: T[];
  /** The post's id: the row's key and its card's `data-item-id`. */
  idOf: (item: T) => string;
  estimateSize: number;
  scrollRef: React.RefObject<HTMLDivElement | null>;
  onCommand: (item: T, command: ItemCommand) => void;
  /** When set, a command key acts only on a target matching this selector. */
  commandTarget?: string;
  /** Opens the post or its author's profile (x.com for a live account, in the app for training). */
  onOpen?: (item: T, what: 'post' | 'profile') => void;
}

interface PostList {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The index of the post that holds the tab stop. */
  active: number;
  setActive: (index: number) => void;
  onFocus: (event: React.FocusEvent) => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
}

export function usePostList<T>({ items, idOf, estimateSize, scrollRef, onCommand, commandTarget, onOpen }: PostListOptions<T>): PostList {
  const [active, setActive] = useState(0);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders its component itself; nothing memoised depends on it
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: 4,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : idOf(item);
    },
  });

  const focusPost = (index: number): void => {
    const target = Math.max(0, Math.min(items.length - 1, index));
    setActive(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const item = items[target];
    const id = item === undefined ? '' : idOf(item);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`)?.focus());
  };

  const onFocus = (event: React.FocusEvent): void => {
    const li = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (li) setActive(Number(li.dataset['index']));
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTypingIn(event.target)) return;
    const li = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = li ? Number(li.dataset['index']) : -1;
    if (index < 0) return;
    const item = items[index];
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      event.stopPropagation();
      focusPost(index + (event.key === 'j' ? 1 : -1));
      return;
    }
    const target = event.target as HTMLElement;
    const onPost = target.closest('[data-item-id]') === target;
    if (event.key === 'Escape' && onPost) {
      // Leaves the post for its column's heading (TweetDeck's "deselect"); menus and dialogs take Escape first.
      event.preventDefault();
      target.closest('section')?.querySelector<HTMLElement>('h2, h3')?.focus();
      return;
    }
    const opens = OPEN_KEYS[event.key];
    // Enter on a button inside the post presses that button; o and p work anywhere in the post.
    if (opens && onOpen && item !== undefined && (event.key !== 'Enter' || onPost)) {
      event.preventDefault();
      event.stopPropagation();
      onOpen(item, opens);
      return;
    }
    const command = KEY_COMMANDS[event.key];
    if (command && item !== undefined && (commandTarget === undefined || (event.target as HTMLElement).matches(commandTarget))) {
      event.preventDefault();
      event.stopPropagation();
      onCommand(item, command);
    }
  };

  return { virtualizer, active, setActive, onFocus, onKeyDown };
}
