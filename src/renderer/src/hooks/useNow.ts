import { useEffect, useState } from 'react';
import { coreNow, coreSpeed } from '../core-clock';

/** The current time (core's clock), refreshed at each minute boundary (no busy timers). */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date(coreNow()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = (): void => {
      const msToNextMinute = 60_000 - (coreNow() % 60_000);
      timer = setTimeout(() => {
        setNow(new Date(coreNow()));
        schedule();
      }, msToNextMinute / coreSpeed() + 50);
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}
