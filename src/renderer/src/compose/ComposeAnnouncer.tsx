import { useEffect, useState } from 'react';
import { onAnnouncement } from './announcer';
import './announcer.css';

const SHOWN_MS = 10_000;

/** A polite live region (always in the page, so it is heard) that also shows the message for a while. */
export function ComposeAnnouncer(): React.JSX.Element {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = onAnnouncement((next) => {
      setMessage(next);
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(''), SHOWN_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return (
    <div className={message ? 'compose-announcer compose-announcer--shown' : 'compose-announcer'} role="status" aria-live="polite" data-testid="compose-announcer">
      {message}
    </div>
  );
}
