// The workspace's single-key shortcuts (n, /, 1–9, ?, and j/k when no post has focus).
import { useEffect, useRef } from 'react';
import { dialogIsOpen, isTypingIn } from './typing-target';

export interface GlobalShortcuts {
  newPost: () => void;
  search: () => void;
  jumpTo: (columnIndex: number) => void;
  help: () => void;
  firstItem: () => void;
}

export function useGlobalShortcuts(handlers: GlobalShortcuts): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingIn(event.target) || dialogIsOpen()) return;
      const on = ref.current;
      const key = event.key;
      if (key === 'n') on.newPost();
      else if (key === '/') on.search();
      else if (key === '?') on.help();
      else if (/^[1-9]$/.test(key)) on.jumpTo(Number(key) - 1);
      else if (key === 'j' || key === 'k') on.firstItem();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
