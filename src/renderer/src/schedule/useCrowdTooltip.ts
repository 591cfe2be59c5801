import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a tooltip stays after the pointer leaves, so the pointer can cross onto it (WCAG 1.4.13). */
const LINGER_MS = 200;

export interface CrowdTooltip {
  /** The crowded hour whose tooltip shows, if any. */
  active: string | null;
  show: (key: string) => void;
  hideSoon: () => void;
  hide: () => void;
}

/** Which crowded hour's tooltip is open: on hover and on keyboard focus, dismissed by Escape. */
export function useCrowdTooltip(): CrowdTooltip {
  const [active, setActive] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = useCallback((key: string) => {
    clearTimeout(timer.current);
    setActive(key);
  }, []);
  const hide = useCallback(() => {
    clearTimeout(timer.current);
    setActive(null);
  }, []);
  const hideSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setActive(null), LINGER_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return { active, show, hideSoon, hide };
}
