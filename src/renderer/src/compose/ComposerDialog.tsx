// The composer: who posts (Post as), what (a thread per account, shared or customised), checks in
// words, when, and — for accounts that ask — a large-type confirmation before anything is queued.
// It autosaves as a draft and reopens the newest one. The post leaves through `queue.create` only
// (useComposerSubmit); its pieces are below, one file each.
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { Settings } from '../../../shared/settings';
import { useNow } from '../hooks/useNow';
import { Dialog } from '../shell/Dialog';
import { coreNow } from '../core-clock';
import { AccountPicker } from './AccountPicker';
import { composerChecks, type Check } from './checks';
import { ChecksList } from './ChecksList';
import { NO_ERRORS, type ComposerErrors } from './composer-errors';
import { VERBS, whenSentence } from './composer-messages';
import { composerReducer, initialComposerState, partsOf, sharedInUse, threadIdFor, type ComposerAction, type ComposerState, type ScheduleChoice } from './composer-state';
import { composerTitle, referenceSentence } from './composer-title';
import { ComposerFooter } from './ComposerFooter';
import { ComposerThreads } from './ComposerThreads';
import { DraftsList } from './DraftsList';
import { applyHashtagSuggestion } from './hashtag-case';
import { defaultScheduleTime, formatInstant } from './local-time';
import { PostConfirmation } from './PostConfirmation';
import { ReferenceFields } from './ReferenceFields';
import { ACTION_LABELS } from './schedule-when';
import { SchedulePanel } from './SchedulePanel';
import { partTextId, slotId } from './slots';
import { useComposerDrafts } from './useComposerDrafts';
import { useComposerSubmit } from './useComposerSubmit';
import { useMeasurements } from './useMeasurements';
import { useResolvedTime } from './useResolvedTime';
import './compose.css';

/** Opened from a post in a column: the receiving account chosen, the reply or quote filled in. */
export interface ComposerStart {
  accountId: string;
  replyTo?: string;
  quoteOf?: string;
  /** The handle of the post's author, for the title ("Reply to @handle"). */
  authorHandle?: string;
}

interface ComposerDialogProps {
  accounts: AccountSummary[];
  settings: Settings;
  start?: ComposerStart;
  onClose: () => void;
  onOpenSettings: () => void;
}

export function ComposerDialog({ accounts, settings, start, onClose, onOpenSettings }: ComposerDialogProps): React.JSX.Element {
  if (accounts.length === 0) {
    return (
      <Dialog title="New post" onClose={onClose}>
        <div className="empty-state">
          <p>A post needs an account to come from. Connect an X account first, or practise in the training sandbox.</p>
          <button type="button" className="button button--primary" onClick={onOpenSettings}>
            Go to accounts
          </button>
        </div>
      </Dialog>
    );
  }
  return <Composer accounts={accounts} settings={settings} {...(start ? { start } : {})} onClose={onClose} />;
}

function freshState(accounts: readonly AccountSummary[], zone: string, start?: ComposerStart): ComposerState {
  // With one account there is nothing to choose; with several, nobody is chosen for the user.
  const only = accounts.length === 1 ? accounts[0] : undefined;
  const state = initialComposerState({ accountIds: start ? [start.accountId] : only ? [only.id] : [], ...defaultScheduleTime(new Date(coreNow()), zone) });
  return start ? { ...state, replyTo: start.replyTo ?? '', quoteOf: start.quoteOf ?? '' } : state;
}

function Composer({ accounts, settings, start, onClose }: Omit<ComposerDialogProps, 'onOpenSettings'>): React.JSX.Element {
  const { timeZone: zone, locale } = settings;
  const now = useNow();
  const [state, dispatchState] = useReducer(composerReducer, undefined, () => freshState(accounts, zone, start));
  const [errors, setErrors] = useState<ComposerErrors>(NO_ERRORS);
  /** Said inside the dialog (the page behind a modal is inert, its live regions too). */
  const [note, setNote] = useState('');
  const keys = useRef(0);
  const newKey = useCallback(() => `p${Date.now().toString(36)}-${++keys.current}`, []);

  const dispatch = useCallback((action: ComposerAction) => {
    dispatchState(action);
    setErrors((current) => (current === NO_ERRORS ? current : NO_ERRORS));
  }, []);

  const chosen = useMemo(() => accounts.filter((account) => state.accountIds.includes(account.id)), [accounts, state.accountIds]);
  // What is sent: only accounts still connected and shown as chosen, never an id left over from a draft.
  const posting = useMemo(() => ({ ...state, accountIds: chosen.map((account) => account.id) }), [state, chosen]);
  const showShared = sharedInUse(state);
  const customised = useMemo(() => chosen.filter((account) => state.variants[account.id]), [chosen, state.variants]);

  const texts = useMemo(() => {
    const bySlot: Record<string, string> = {};
    const threads = [...(showShared ? ['shared' as const] : []), ...customised.map((account) => ({ accountId: account.id }))];
    for (const thread of threads) for (const part of partsOf(state, thread)) bySlot[slotId(thread, part.key)] = part.text;
    return bySlot;
  }, [state, showShared, customised]);
  const measurements = useMeasurements(texts);
  const checks = useMemo(() => composerChecks(state, chosen, measurements.bySlot), [state, chosen, measurements.bySlot]);

  const local = state.schedule.mode === 'at' && state.schedule.date && state.schedule.time ? `${state.schedule.date}T${state.schedule.time}` : null;
  const resolution = useResolvedTime(local, zone);

  const fresh = useCallback(() => freshState(accounts, zone), [accounts, zone]);
  const [busy, setBusy] = useState(false);
  const drafts = useComposerDrafts({ state, accounts, enabled: !busy, started: start !== undefined, fresh, replace: dispatchState });
  const submit = useComposerSubmit({ state, posting, chosen, checks, resolution, zone, locale, busy, setBusy, setErrors, onDone: drafts.forget, onClose });

  const fix = (check: Check): void => {
    if (!check.fix) return;
    const { thread, partKey, original, suggestion } = check.fix;
    const part = partsOf(state, thread).find((candidate) => candidate.key === partKey);
    if (!part) return;
    dispatch({ type: 'setText', thread, key: partKey, text: applyHashtagSuggestion(part.text, { original, suggestion }) });
    setNote(`Changed ${original} to ${suggestion}.`);
    requestAnimationFrame(() => document.getElementById(partTextId(thread, partKey))?.focus());
  };

  return (
    <Dialog title={composerTitle(state, start)} onClose={onClose} testId="composer">
      <div className="composer">
        <p className="visually-hidden" role="status">
          {note}
        </p>
        {drafts.restoredAt && (
          <p className="composer__restored">
            Your draft from {formatInstant(drafts.restoredAt, zone, locale)} is back.{' '}
            <button type="button" className="link-button" onClick={() => void drafts.startNew()}>
              Start a new post instead
            </button>
          </p>
        )}
        {drafts.library.drafts && (
          <DraftsList
            drafts={drafts.library.drafts}
            currentId={drafts.autosave.draftId}
            locale={locale}
            zone={zone}
            onResume={(draft) => void drafts.resume(draft)}
            onDelete={(draft) => void drafts.library.remove(draft.id)}
          />
        )}
        <AccountPicker
          accounts={accounts}
          chosenIds={state.accountIds}
          customisedIds={Object.keys(state.variants)}
          error={errors.fields.accounts}
          onToggle={(accountId) => dispatch({ type: 'toggleAccount', accountId })}
          onCustomise={(accountId, on) => dispatch({ type: 'customise', accountId, on })}
        />
        <ComposerThreads
          state={state}
          chosen={chosen}
          customised={customised}
          showShared={showShared}
          measured={measurements.bySlot}
          stale={measurements.stale}
          errors={errors.slots}
          dispatch={dispatch}
          newKey={newKey}
        />
        {measurements.unavailable && <p className="hint">Columns could not count characters just now; X&apos;s limit is 280 per part.</p>}
        <ReferenceFields
          replyTo={state.replyTo}
          quoteOf={state.quoteOf}
          errors={{ replyTo: errors.fields.replyTo, quoteOf: errors.fields.quoteOf }}
          onChange={(field, value) => dispatch({ type: 'setReference', field, value })}
        />
        <ChecksList checks={checks} onFix={fix} />
        <SchedulePanel
          schedule={state.schedule}
          accountIds={posting.accountIds}
          zone={zone}
          locale={locale}
          now={now}
          resolution={resolution}
          error={errors.fields.schedule}
          graceError={errors.fields.grace}
          onChange={(patch: Partial<ScheduleChoice>) => dispatch({ type: 'setSchedule', patch })}
        />
        <ComposerFooter
          autosave={drafts.autosave.status}
          zone={zone}
          locale={locale}
          formError={errors.form}
          busy={submit.busy}
          actionLabel={ACTION_LABELS[state.schedule.mode]}
          onSaveDraft={submit.saveDraft}
          onPublish={submit.publish}
        />
      </div>
      {submit.confirming && (
        <PostConfirmation
          items={submit.confirming.accounts.map((account) => ({ account, parts: partsOf(state, threadIdFor(state, account.id)) }))}
          verb={VERBS[submit.confirming.when.kind]}
          reference={referenceSentence(state, start)}
          when={whenSentence(submit.confirming.when, zone, locale)}
          onConfirmed={submit.confirm}
          onCancel={submit.cancelConfirm}
        />
      )}
    </Dialog>
  );
}
