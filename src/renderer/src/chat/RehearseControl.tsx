// "Rehearse" with a speed: the chat's own plan run in the training sandbox on the training account
// of the host's kind, its times compressed; opens the rehearsal's room. Core decides everything
// (host, marks, refusing a rehearsal during the real chat); this only asks and reports.
import { useState } from 'react';
import { REHEARSAL_SPEEDS, type RehearsalSpeed } from '../../../shared/chat';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';

const SPEED_LABELS: Record<RehearsalSpeed, string> = { 1: 'Real time', 5: '5× faster', 10: '10× faster', 30: '30× faster' };

interface RehearseControlProps {
  chatId: string;
  chatName: string;
  /** "Rehearse" or "Rehearse again". */
  label: string;
  onOpen: (id: string) => void;
}

export function RehearseControl({ chatId, chatName, label, onOpen }: RehearseControlProps): React.JSX.Element {
  const [speed, setSpeed] = useState<RehearsalSpeed>(10);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const selectId = `rehearse-speed-${chatId}`;
  const rehearse = (): void => {
    setBusy(true);
    setStatus('Setting up the rehearsal in the training sandbox…');
    getApi()
      .call('chat.rehearse', { id: chatId, speed })
      .then((rehearsal) => onOpen(rehearsal.id))
      .catch((cause: unknown) => {
        setStatus(`Could not rehearse: ${errorMessage(cause)}`);
        setBusy(false);
      });
  };
  return (
    <div className="rehearse" role="group" aria-label={`Rehearse ${chatName} in training`}>
      <label htmlFor={selectId} className="rehearse__label">
        Speed
      </label>
      <select id={selectId} value={speed} disabled={busy} onChange={(event) => setSpeed(Number(event.target.value) as RehearsalSpeed)}>
        {REHEARSAL_SPEEDS.map((option) => (
          <option key={option} value={option}>
            {SPEED_LABELS[option]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={rehearse}
        title="Runs this plan in the training sandbox on the training accounts: the community answers your own questions. The real chat is not touched."
      >
        {label}
      </button>
      <span className="rehearse__status" role="status">
        {status}
      </span>
    </div>
  );
}
