// Mounted once (App): shows whichever guard dialog is asked for (guard-requests.ts).
import '../compose/compose.css';
import './guard.css';
import { useSyncExternalStore } from 'react';
import { PostConfirmation } from '../compose/PostConfirmation';
import { BatchConfirmation } from './BatchConfirmation';
import { guardStore } from './guard-requests';
import { RepostDialog } from './RepostDialog';

export function GuardHost({ timeZone }: { timeZone: string }): React.JSX.Element | null {
  const pending = useSyncExternalStore(guardStore.subscribe, guardStore.current);
  if (!pending) return null;
  const { request } = pending;
  const cancel = (): void => guardStore.answer(null);
  switch (request.kind) {
    case 'single':
      return (
        <PostConfirmation
          items={request.accounts.map((account) => ({ account, parts: [{ key: 'guard', text: request.text, media: [] }] }))}
          verb={request.verb}
          when={request.when}
          reference={request.reference}
          onConfirmed={(ids) => guardStore.answer(ids)}
          onCancel={cancel}
        />
      );
    case 'batch':
      return <BatchConfirmation request={request} timeZone={timeZone} onConfirmed={(ids) => guardStore.answer(ids)} onCancel={cancel} />;
    case 'repost':
      return <RepostDialog request={request} onPick={(id) => guardStore.answer([id])} onCancel={cancel} />;
  }
}
