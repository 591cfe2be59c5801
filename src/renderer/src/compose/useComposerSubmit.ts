// Sending what the composer holds: the checks that stop it, the time it goes out, the large-type
// confirmation for accounts that ask, then one `queue.create` — or, for a post opened for editing,
// one `queue.edit` that keeps its id, audit trail and (unless changed) its time. Errors land beside
// their control. Core decides again (the same checks, the same confirmation).
import { useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { EditWhen, QueuedPost, When } from '../../../shared/queue';
import { getApi } from '../api';
import { coreNow } from '../core-clock';
import { announce } from './announcer';
import { isBlocked, threadsInUse, type Check } from './checks';
import { CHECKS_HEADING_ID } from './ChecksList';
import { errorsFromCause, fieldError, formError, NO_ERRORS, revealError, type ComposerErrors } from './composer-errors';
import { editedMessage, editWhenSentence, scheduleProblem, successMessage, VERBS, whenSentence } from './composer-messages';
import { partsOf, type ComposerState } from './composer-state';
import { askingAccounts } from '../guard/guard-requests';
import { buildCreateInput } from './publish-request';
import { chosenDueAt, whenOf } from './schedule-when';
import type { Resolution } from './useResolvedTime';

/** What the buttons do: queue a new post, or change one already queued. */
export type Sending = { kind: 'create'; when: When } | { kind: 'edit'; when: EditWhen };

export interface Confirming {
  sending: Sending;
  accounts: AccountSummary[];
  verb: string;
  sentence: string;
}

interface Options {
  state: ComposerState;
  /** The state as sent: only accounts still connected and shown as chosen. */
  posting: ComposerState;
  chosen: readonly AccountSummary[];
  checks: readonly Check[];
  resolution: Resolution;
  zone: string;
  locale: string;
  /** A queued post being edited. */
  editing: QueuedPost | undefined;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  setErrors: (errors: ComposerErrors) => void;
  /** Before sending: the checks are shown from now on. */
  onAttempt: () => void;
  /** Once the queue has it (the unsaved text goes). */
  onDone: () => Promise<void>;
  onClose: () => void;
}

export interface ComposerSubmit {
  busy: boolean;
  confirming: Confirming | null;
  publish: () => void;
  saveDraft: () => void;
  confirm: (confirmedAccountIds: string[]) => void;
  cancelConfirm: () => void;
}

export function useComposerSubmit(options: Options): ComposerSubmit {
  const { state, posting, chosen, checks, resolution, zone, locale, editing, busy, setBusy, setErrors, onAttempt, onDone, onClose } = options;
  const [confirming, setConfirming] = useState<Confirming | null>(null);

  const syncAltTexts = async (): Promise<void> => {
    const media = threadsInUse(state, chosen).flatMap(({ thread }) => partsOf(state, thread).flatMap((part) => part.media));
    await Promise.all(media.map((item) => getApi().call('media.setAltText', { id: item.ref.id, altText: item.ref.altText?.trim() ? item.ref.altText : null })));
  };

  /** What to say once it is done, and (for Post now) the posts whose outcome the notice follows. */
  const call = async (sending: Sending, confirmedAccountIds: string[]): Promise<{ message: string; follow?: QueuedPost[] }> => {
    if (sending.kind === 'create') {
      const posts = await getApi().call('queue.create', buildCreateInput(posting, sending.when, confirmedAccountIds));
      const message = successMessage(sending.when, chosen, posts, zone, locale);
      return sending.when.kind === 'now' ? { message, follow: posts } : { message };
    }
    const post = editing as QueuedPost;
    const parts = partsOf(posting, 'shared').map((part) => ({ text: part.text, mediaIds: part.media.map((item) => item.ref.id) }));
    const edited = await getApi().call('queue.edit', { id: post.id, parts, graceMinutes: posting.schedule.graceMinutes, when: sending.when, confirmedAccountIds });
    return { message: editedMessage(edited, chosen, zone, locale) };
  };

  const send = async (sending: Sending, confirmedAccountIds: string[]): Promise<void> => {
    setConfirming(null);
    setBusy(true);
    try {
      await syncAltTexts();
      const { message, follow } = await call(sending, confirmedAccountIds);
      await onDone();
      onClose();
      // Said once the modal has gone: while it is open the rest of the page is inert, live regions too.
      requestAnimationFrame(() => announce(message, follow));
    } catch (cause) {
      setErrors(errorsFromCause(cause, posting));
      revealError();
      setBusy(false);
    }
  };

  /** Confirmed first where an account asks (never for what stays a draft). */
  const go = async (sending: Sending): Promise<void> => {
    const staysDraft = sending.when.kind === 'draft' || (sending.when.kind === 'keep' && editing?.state === 'draft');
    let asking: AccountSummary[];
    try {
      // Core decides which accounts ask (confirmations.required); the renderer only shows it.
      asking = staysDraft ? [] : await askingAccounts(chosen);
    } catch (cause) {
      setErrors(errorsFromCause(cause, posting));
      revealError();
      return;
    }
    if (asking.length === 0) {
      void send(sending, []);
      return;
    }
    const verb = sending.kind === 'create' ? VERBS[sending.when.kind] : 'Save changes';
    const sentence = sending.kind === 'create' ? whenSentence(sending.when, zone, locale) : editWhenSentence(sending.when, editing as QueuedPost, zone, locale);
    setConfirming({ sending, accounts: asking, verb, sentence });
  };

  const publish = (): void => {
    onAttempt();
    if (isBlocked(checks)) {
      setErrors(formError('Fix the items marked “Must fix” under “Before you post” first.'));
      // Take the user to the list (it may be scrolled out of view), then say it again at the button.
      requestAnimationFrame(() => {
        const heading = document.getElementById(CHECKS_HEADING_ID);
        heading?.scrollIntoView({ block: 'center' });
        heading?.focus({ preventScroll: true });
      });
      return;
    }
    if (editing && state.schedule.mode === 'keep') {
      void go({ kind: 'edit', when: { kind: 'keep' } });
      return;
    }
    const when = whenOf(state.schedule, resolution, zone);
    if (!when) {
      setErrors(fieldError('schedule', scheduleProblem(resolution.kind)));
      return;
    }
    if (when.kind === 'at' && Date.parse(when.dueAt) <= coreNow()) {
      setErrors(fieldError('schedule', 'That time has passed. Choose a later one.'));
      return;
    }
    if (!editing) {
      void go({ kind: 'create', when });
      return;
    }
    const dueAt = chosenDueAt(state.schedule, resolution);
    if (when.kind !== 'at' || !dueAt) {
      setErrors(fieldError('schedule', 'Keep its time, or choose a date and a time.'));
      return;
    }
    void go({ kind: 'edit', when: { kind: 'at', dueAt, zone } });
  };

  const saveDraft = (): void => {
    if (chosen.length === 0) {
      setErrors(fieldError('accounts', 'Choose the account this draft is for.'));
      return;
    }
    setErrors(NO_ERRORS);
    if (editing) void go({ kind: 'edit', when: editing.state === 'draft' ? { kind: 'keep' } : { kind: 'draft' } });
    else void go({ kind: 'create', when: { kind: 'draft' } });
  };

  return {
    busy,
    confirming,
    publish,
    saveDraft,
    confirm: (ids) => {
      if (confirming) void send(confirming.sending, ids);
    },
    cancelConfirm: () => setConfirming(null),
  };
}
