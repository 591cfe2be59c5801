import { useEffect, useState } from 'react';

interface CopyButtonProps {
  text: string;
  /** What is copied, for the button's accessible name: "Copy callback URL". */
  what: string;
}

/** Copies `text` to the clipboard and says so where screen readers hear it. */
export function CopyButton({ text, what }: CopyButtonProps): React.JSX.Element {
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (result === 'idle') return;
    const timer = setTimeout(() => setResult('idle'), 2500);
    return () => clearTimeout(timer);
  }, [result]);

  const copy = (): void => {
    navigator.clipboard
      .writeText(text)
      .then(() => setResult('copied'))
      .catch(() => setResult('failed'));
  };

  return (
    <span className="copy">
      <button type="button" className="button button--small" onClick={copy} aria-label={`Copy ${what}`}>
        Copy
      </button>
      <span className="copy__status" role="status">
        {result === 'copied' ? 'Copied' : result === 'failed' ? 'Could not copy: select the text and copy it' : ''}
      </span>
    </span>
  );
}
