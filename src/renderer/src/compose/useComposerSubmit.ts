// Sending what the composer holds: the checks that stop it, the time it goes out, the large-type
// confirmation for accounts that ask, then one `queue.create`. Errors land beside their control.
import { useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { When } from '../../../shared/queue';
import { getApi } from '../api';
import { coreNow } from '../core-clock';
import { announce } from './announcer';
import { isBlocked, threadsInUse, type Check } from './checks';
import { CHECKS_HEADING_ID } from './ChecksList';
import { errorsFromCause, fieldError, formError, NO_ERRORS, revealError, type ComposerErrors } from './composer-errors';
import { scheduleProblem, successMessage } from './composer-messages';
import { partsOf, type ComposerState } from './composer-state';
import { buildCreateInput } from './publish-request';
import { whenOf } from './schedule-when';
import type { Resolution } from './useResolvedTime';

export interface Confirming {
  when: When;
  accounts: AccountSummary[];
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
  busy: boolean;
  setBusy: (busy: boolean) => void;
  setErrors: (errors: ComposerErrors) => void;
  /** Once the queue has it (drafts of this writing are cleared here). */
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

export function useComposerSubmit({ state, posting, chosen, checks, resolution, zone, locale, busy, setBusy, setErrors, onDone, onClose }: Options): ComposerSubmit {
  const [confirming, setConfirming] = useState<Confirming | null>(null);

  const syncAltTexts = async (): Promise<void> => {
    const media = threadsInUse(state, chosen).flatMap(({ thread }) => partsOf(state, thread).flatMap((part) => part.media));
    await Promise.all(media.map((item) => getApi().call('media.setAltText', { id: item.ref.id, altText: item.ref.altText?.trim() ? item.ref.altText : null })));
  };

  const create = async (when: When, confirmedAccountIds: string[]): Promise<void> => {
    setConfirming(null);
    setBusy(true);
    try {
      await syncAltTexts();
      const posts = await getApi().call('queue.create', buildCreateInput(posting, when, confirmedAccountIds));
      await onDone();
      const message = successMessage(when, chosen, posts, zone, locale);
      onClose();
      // Said once the modal has gone: while it is open the rest of the page is inert, live regions too.
      requestAnimationFrame(() => announce(message));
    } catch (cause) {
      setErrors(errorsFromCause(cause, posting));
      revealError();
      setBusy(false);
    }
  };

  const publish = (): void => {
    if (isBlocked(checks)) {
      setErrors(formError('Fix the items marked “Must fix” under “Before you post” first.'));
      // Take the user to the list (it may be scrolled out of view), then say it again at the button.
      const heading = document.getElementById(CHECKS_HEADING_ID);
      heading?.scrollIntoView({ block: 'center' });
      heading?.focus({ preventScroll: true });
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
    const asking = chosen.filter((account) => account.confirmBeforePosting);
    if (asking.length > 0) setConfirming({ when, accounts: asking });
    else void create(when, []);
  };

  const saveDraft = (): void => {
    if (chosen.length === 0) {
      setErrors(fieldError('accounts', 'Choose the account this draft is for.'));
      return;
    }
    setErrors(NO_ERRORS);
    void create({ kind: 'draft' }, []);
  };

  return {
    busy,
    confirming,
    publish,
    saveDraft,
    confirm: (ids) => {
      if (confirming) void create(confirming.when, ids);
    },
    cancelConfirm: () => setConfirming(null),
  };
}
