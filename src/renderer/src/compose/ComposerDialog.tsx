// The composer: who posts (Post as), what (a thread per account, shared or customised), checks in
// words, when, and — for accounts that ask — a large-type confirmation before anything is queued.
// What is typed is kept by core as unsaved text (useUnsavedText). A new post leaves through
// `queue.create`, an edited one through `queue.edit` (useComposerSubmit); its pieces are below.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { QueuedPost } from '../../../shared/queue';
import type { Settings } from '../../../shared/settings';
import { useNow } from '../hooks/useNow';
import { Dialog } from '../shell/Dialog';
import { coreNow } from '../core-clock';
import { AccountPicker } from './AccountPicker';
import { AnsweredPost, type AnsweredPostView } from './AnsweredPost';
import { composerChecks, type Check } from './checks';
import { ChecksList } from './ChecksList';
import { NO_ERRORS, type ComposerErrors } from './composer-errors';
import { editTitle, scopeOf } from './composer-scope';
import { composerReducer, initialComposerState, partsOf, sharedInUse, threadIdFor, type ComposerAction, type ComposerState, type ScheduleChoice } from './composer-state';
import { composerTitle, referenceSentence } from './composer-title';
import { ComposerPostChecks } from '../guard/ComposerPostChecks';
import { buildCreateInput } from './publish-request';
import { ComposerFooter } from './ComposerFooter';
import { ComposerThreads } from './ComposerThreads';
import { keptTimeLabel, partsOnX, stateFromPost } from './edit-start';
import { applyHashtagSuggestion } from './hashtag-case';
import { defaultScheduleTime, formatInstant } from './local-time';
import { PostConfirmation } from './PostConfirmation';
import { QueueDrafts } from './QueueDrafts';
import { ReferenceFields } from './ReferenceFields';
import { ACTION_LABELS } from './schedule-when';
import { SchedulePanel } from './SchedulePanel';
import { partTextId, slotId } from './slots';
import { useComposerSubmit } from './useComposerSubmit';
import { useMeasurements } from './useMeasurements';
import { useMediaThumbnails } from './useMediaThumbnails';
import { useResolvedTime } from './useResolvedTime';
import { useUnsavedText } from './useUnsavedText';
import './compose.css';

/** Opened from a post in a column: the receiving account chosen, the reply or quote filled in. */
export interface ComposerStart {
  accountId: string;
  replyTo?: string;
  quoteOf?: string;
  /** The handle of the post's author, for the title ("Reply to @handle"). */
  authorHandle?: string;
  /** The post answered, shown at the top. */
  answering?: AnsweredPostView;
}

interface ComposerDialogProps {
  accounts: AccountSummary[];
  settings: Settings;
  start?: ComposerStart;
  /** A queued post (draft, scheduled, held, failed) opened for editing. */
  editing?: QueuedPost;
  onClose: () => void;
  onOpenSettings: () => void;
  /** Open a draft the composer offers (it replaces the new post). */
  onEditPost?: (post: QueuedPost) => void;
}

export function ComposerDialog({ accounts, settings, start, editing, onClose, onOpenSettings, onEditPost }: ComposerDialogProps): React.JSX.Element {
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
  return (
    <Composer
      accounts={accounts}
      settings={settings}
      {...(start ? { start } : {})}
      {...(editing ? { editing } : {})}
      {...(onEditPost ? { onEditPost } : {})}
      onClose={onClose}
    />
  );
}

function freshState(accounts: readonly AccountSummary[], zone: string, start?: ComposerStart, editing?: QueuedPost): ComposerState {
  if (editing) return stateFromPost(editing, zone, new Date(coreNow()));
  // With one account there is nothing to choose; with several, nobody is chosen for the user.
  const only = accounts.length === 1 ? accounts[0] : undefined;
  const state = initialComposerState({ accountIds: start ? [start.accountId] : only ? [only.id] : [], ...defaultScheduleTime(new Date(coreNow()), zone) });
  return start ? { ...state, replyTo: start.replyTo ?? '', quoteOf: start.quoteOf ?? '' } : state;
}

/** Back to the card the reply or quote was started from (the virtual list may have redrawn it). */
function focusCard(start: ComposerStart | undefined, before: Element | null): void {
  const itemId = start?.replyTo ?? start?.quoteOf;
  if (!itemId) return;
  requestAnimationFrame(() => {
    const card = before instanceof HTMLElement && before.isConnected ? before.closest<HTMLElement>('[data-item-id]') : null;
    (card ?? document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`))?.focus();
  });
}

function Composer({ accounts, settings, start, editing, onClose, onEditPost }: Omit<ComposerDialogProps, 'onOpenSettings'>): React.JSX.Element {
  const { timeZone: zone, locale } = settings;
  const now = useNow();
  const [state, dispatchState] = useReducer(composerReducer, undefined, () => freshState(accounts, zone, start, editing));
  const [errors, setErrors] = useState<ComposerErrors>(NO_ERRORS);
  /** The person typed or tried to send: "Must fix" shows from then on. */
  const [touched, setTouched] = useState(false);
  /** Said inside the dialog (the page behind a modal is inert, its live regions too). */
  const [note, setNote] = useState('');
  const keys = useRef(0);
  const newKey = useCallback(() => `p${Date.now().toString(36)}-${++keys.current}`, []);
  const [opener] = useState(() => document.activeElement);
  const close = useCallback(() => {
    onClose();
    focusCard(start, opener);
  }, [onClose, start, opener]);
  const single = editing !== undefined || start?.replyTo !== undefined;
  const locked = useMemo(() => (editing ? partsOnX(editing) : new Set<string>()), [editing]);

  const dispatch = useCallback((action: ComposerAction) => {
    dispatchState(action);
    if (action.type === 'setText' || action.type === 'addMedia' || action.type === 'removePart') setTouched(true);
    setErrors((current) => (current === NO_ERRORS ? current : NO_ERRORS));
  }, []);
  useMediaThumbnails(state, dispatchState);
  // The cursor starts in the text box (the first part not yet on X). Runs after the <dialog> opened
  // (a child's effect runs first), which had put focus on its first control.
  useEffect(() => {
    const first = state.shared.find((part) => !locked.has(part.key));
    if (first) document.getElementById(partTextId('shared', first.key))?.focus();
    // Once, on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const chosen = useMemo(() => accounts.filter((account) => state.accountIds.includes(account.id)), [accounts, state.accountIds]);
  // What is sent: only accounts still connected and shown as chosen, never an id left over from earlier text.
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

  const [busy, setBusy] = useState(false);
  const known = useMemo(() => new Set(accounts.map((account) => account.id)), [accounts]);
  const unsaved = useUnsavedText({
    scope: scopeOf(editing, start),
    state,
    enabled: !busy,
    fallback: () => freshState(accounts, zone, start, editing),
    onRestore: (read) => dispatchState({ type: 'replace', state: { ...read, accountIds: editing ? [editing.accountId] : read.accountIds.filter((id) => known.has(id)) } }),
  });
  const submit = useComposerSubmit({
    state,
    posting,
    chosen,
    checks,
    resolution,
    zone,
    locale,
    editing,
    busy,
    setBusy,
    setErrors,
    onAttempt: () => setTouched(true),
    onDone: unsaved.clear,
    onClose: close,
  });

  const startAgain = async (): Promise<void> => {
    await unsaved.clear();
    dispatchState({ type: 'replace', state: freshState(accounts, zone, start, editing) });
  };

  const fix = (check: Check): void => {
    if (!check.fix) return;
    const { thread, partKey, original, suggestion } = check.fix;
    const part = partsOf(state, thread).find((candidate) => candidate.key === partKey);
    if (!part) return;
    dispatch({ type: 'setText', thread, key: partKey, text: applyHashtagSuggestion(part.text, { original, suggestion }) });
    setNote(`Changed ${original} to ${suggestion}.`);
    requestAnimationFrame(() => document.getElementById(partTextId(thread, partKey))?.focus());
  };

  const title = editing ? editTitle(editing) : composerTitle(state, start);
  const editingAccount = editing ? accounts.find((account) => account.id === editing.accountId) : undefined;

  return (
    <Dialog title={title} onClose={close} testId="composer">
      <div className="composer">
        <p className="visually-hidden" role="status">
          {note}
        </p>
        {start?.answering && (start.replyTo || start.quoteOf) && (
          <AnsweredPost post={start.answering} kind={start.replyTo ? 'reply' : 'quote'} zone={zone} locale={locale} />
        )}
        {unsaved.restoredAt && (
          <p className="composer__restored" data-testid="composer-restored">
            {editing ? 'Your unsaved changes' : 'Your unsaved text'} from {formatInstant(unsaved.restoredAt, zone, locale)} {editing ? 'are' : 'is'} back.{' '}
            <button type="button" className="link-button" onClick={() => void startAgain()}>
              {editing ? 'Discard the changes' : 'Start a new post instead'}
            </button>
          </p>
        )}
        {editing && locked.size > 0 && (
          <p className="composer__on-x" role="note">
            This thread stopped part-way: {locked.size} of {editing.parts.length} parts are already on X. Only the parts not yet posted can be changed.
          </p>
        )}
        {!editing && !start && onEditPost && <QueueDrafts accounts={accounts} onOpen={onEditPost} />}
        {editing ? (
          <p className="composer__as">
            Posting as <strong>@{editingAccount?.handle ?? 'a removed account'}</strong>
          </p>
        ) : (
          <AccountPicker
            accounts={accounts}
            chosenIds={state.accountIds}
            customisedIds={Object.keys(state.variants)}
            error={errors.fields.accounts}
            single={single}
            onToggle={(accountId) => dispatch(single ? { type: 'chooseOnly', accountId } : { type: 'toggleAccount', accountId })}
            onCustomise={(accountId, on) => dispatch({ type: 'customise', accountId, on })}
          />
        )}
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
          locked={locked}
        />
        {measurements.unavailable && <p className="hint">Columns could not count characters just now; X&apos;s limit is 280 per part.</p>}
        {!editing && !start?.answering && (
          <ReferenceFields
            replyTo={state.replyTo}
            quoteOf={state.quoteOf}
            errors={{ replyTo: errors.fields.replyTo, quoteOf: errors.fields.quoteOf }}
            onChange={(field, value) => dispatch({ type: 'setReference', field, value })}
          />
        )}
        <ChecksList checks={checks} onFix={fix} showBlocking={touched} />
        <ComposerPostChecks input={buildCreateInput(posting, { kind: 'draft' }, [])} />
        <SchedulePanel
          schedule={state.schedule}
          accountIds={posting.accountIds}
          zone={zone}
          locale={locale}
          now={now}
          resolution={resolution}
          error={errors.fields.schedule}
          graceError={errors.fields.grace}
          keepLabel={editing ? keptTimeLabel(editing, (iso) => formatInstant(iso, zone, locale)) : undefined}
          onChange={(patch: Partial<ScheduleChoice>) => dispatch({ type: 'setSchedule', patch })}
        />
        <ComposerFooter
          unsaved={unsaved.status}
          zone={zone}
          locale={locale}
          formError={errors.form}
          busy={submit.busy}
          actionLabel={ACTION_LABELS[state.schedule.mode]}
          draftLabel={locked.size > 0 ? null : editing && editing.state !== 'draft' ? 'Move to drafts' : 'Save draft'}
          onSaveDraft={submit.saveDraft}
          onPublish={submit.publish}
        />
      </div>
      {submit.confirming && (
        <PostConfirmation
          items={submit.confirming.accounts.map((account) => ({ account, parts: partsOf(state, threadIdFor(state, account.id)) }))}
          verb={submit.confirming.verb}
          reference={referenceSentence(state, start)}
          when={submit.confirming.sentence}
          onConfirmed={submit.confirm}
          onCancel={submit.cancelConfirm}
        />
      )}
    </Dialog>
  );
}
