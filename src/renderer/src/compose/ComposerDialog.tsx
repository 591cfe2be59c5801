// The composer: who posts (Post as), what (a thread per account, shared or customised), checks in
// words, when, and — for accounts that ask — a large-type confirmation before anything is queued.
// It autosaves as a draft and reopens the newest one. The post leaves through `queue.create` only.
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { SavedDraft } from '../../../shared/compose';
import type { QueuedPost, When } from '../../../shared/queue';
import type { Settings } from '../../../shared/settings';
import { getApi } from '../api';
import { errorMessage, fieldErrorOf } from '../api/error-message';
import { useNow } from '../hooks/useNow';
import { Dialog } from '../shell/Dialog';
import { AccountPicker } from './AccountPicker';
import { announce } from './announcer';
import { composerChecks, isBlocked, threadsInUse, type Check } from './checks';
import { CHECKS_HEADING_ID, ChecksList } from './ChecksList';
import { ComposerFooter } from './ComposerFooter';
import {
  composerReducer,
  initialComposerState,
  partsOf,
  sharedInUse,
  threadIdFor,
  type ComposerAction,
  type ComposerState,
  type ScheduleChoice,
} from './composer-state';
import { fromDraftContent } from './draft-content';
import { DraftsList } from './DraftsList';
import { applyHashtagSuggestion } from './hashtag-case';
import { defaultScheduleTime, formatInstant } from './local-time';
import { composerTitle, referenceSentence } from './composer-title';
import { PostConfirmation } from './PostConfirmation';
import { buildCreateInput, errorTargetOf } from './publish-request';
import { ReferenceFields } from './ReferenceFields';
import { ACTION_LABELS, whenOf } from './schedule-when';
import { SchedulePanel } from './SchedulePanel';
import { partTextId, slotId } from './slots';
import { ThreadEditor } from './ThreadEditor';
import { useDraftAutosave } from './useDraftAutosave';
import { useDraftLibrary } from './useDraftLibrary';
import { useMeasurements } from './useMeasurements';
import { useResolvedTime } from './useResolvedTime';
import { coreNow } from '../core-clock';
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

type FieldName = 'accounts' | 'replyTo' | 'quoteOf' | 'schedule' | 'grace';

interface Errors {
  slots: Record<string, string>;
  fields: Partial<Record<FieldName, string>>;
  form: string | null;
}

const NO_ERRORS: Errors = { slots: {}, fields: {}, form: null };

interface Confirming {
  when: When;
  accounts: AccountSummary[];
}

const VERBS = { now: 'Post', at: 'Schedule', queue: 'Queue', draft: 'Save' } as const;

const handles = (accounts: readonly AccountSummary[]): string => accounts.map((account) => `@${account.handle}`).join(', ');

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
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  /** Said inside the dialog (the page behind a modal is inert, its live regions too). */
  const [note, setNote] = useState('');
  const keys = useRef(0);
  const newKey = useCallback(() => `p${Date.now().toString(36)}-${++keys.current}`, []);

  const dispatch = useCallback((action: ComposerAction) => {
    dispatchState(action);
    setErrors((current) => (current === NO_ERRORS ? current : NO_ERRORS));
  }, []);

  const autosave = useDraftAutosave(state, loaded && !busy);

  const restore = useCallback(
    (draft: SavedDraft): boolean => {
      const known = new Set(accounts.map((account) => account.id));
      const read = fromDraftContent(draft.content, freshState(accounts, zone));
      if (!read) return false;
      dispatchState({ type: 'replace', state: { ...read, accountIds: read.accountIds.filter((id) => known.has(id)) } });
      autosave.adopt(draft.id);
      setRestoredAt(draft.updatedAt);
      return true;
    },
    [accounts, zone, autosave],
  );

  const library = useDraftLibrary((drafts) => {
    // A reply or quote started from a post is new writing: the newest draft does not replace it.
    const newest = drafts[0];
    if (newest && !start) restore(newest);
    setLoaded(true);
  });

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

  const fail = (cause: unknown): void => {
    const field = fieldErrorOf(cause);
    const target = field ? errorTargetOf(field.field, posting) : { kind: 'form' as const };
    const message = field?.message ?? errorMessage(cause);
    if (target.kind === 'slot') setErrors({ ...NO_ERRORS, slots: { [target.slot]: message } });
    else if (target.kind === 'field') setErrors({ ...NO_ERRORS, fields: { [target.field]: message } });
    else setErrors({ ...NO_ERRORS, form: message });
    // Bring the message into view beside its control (it may be scrolled away, or in a closed section).
    requestAnimationFrame(() => document.querySelector('.composer .field-error')?.scrollIntoView({ block: 'center' }));
  };

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
      const draftId = await autosave.flush();
      if (draftId) await library.remove(draftId).catch(() => undefined);
      const message = successMessage(when, chosen, posts, zone, locale);
      onClose();
      // Said once the modal has gone: while it is open the rest of the page is inert, live regions too.
      requestAnimationFrame(() => announce(message, when.kind === 'now' ? posts : undefined));
    } catch (cause) {
      fail(cause);
      setBusy(false);
    }
  };

  const publish = (): void => {
    if (isBlocked(checks)) {
      setErrors({ ...NO_ERRORS, form: 'Fix the items marked “Must fix” under “Before you post” first.' });
      // Take the user to the list (it may be scrolled out of view), then say it again at the button.
      const heading = document.getElementById(CHECKS_HEADING_ID);
      heading?.scrollIntoView({ block: 'center' });
      heading?.focus({ preventScroll: true });
      return;
    }
    const when = whenOf(state.schedule, resolution, zone);
    if (!when) {
      setErrors({ ...NO_ERRORS, fields: { schedule: scheduleProblem(resolution.kind) } });
      return;
    }
    if (when.kind === 'at' && Date.parse(when.dueAt) <= coreNow()) {
      setErrors({ ...NO_ERRORS, fields: { schedule: 'That time has passed. Choose a later one.' } });
      return;
    }
    const asking = chosen.filter((account) => account.confirmBeforePosting);
    if (asking.length > 0) setConfirming({ when, accounts: asking });
    else void create(when, []);
  };

  const saveDraft = (): void => {
    if (chosen.length === 0) {
      setErrors({ ...NO_ERRORS, fields: { accounts: 'Choose the account this draft is for.' } });
      return;
    }
    void create({ kind: 'draft' }, []);
  };

  const startNew = async (): Promise<void> => {
    await autosave.flush();
    autosave.adopt(null);
    dispatchState({ type: 'replace', state: freshState(accounts, zone) });
    setRestoredAt(null);
    library.reload();
  };

  const resume = async (draft: SavedDraft): Promise<void> => {
    await autosave.flush();
    restore(draft);
    library.reload();
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

  const sharedHeading =
    chosen.length === 0 ? 'Your post' : customised.length === 0 ? `Text for ${handles(chosen)}` : `Text for ${handles(chosen.filter((a) => !state.variants[a.id]))}`;

  return (
    <Dialog title={composerTitle(state, start)} onClose={onClose} testId="composer">
      <div className="composer">
        <p className="visually-hidden" role="status">
          {note}
        </p>
        {restoredAt && (
          <p className="composer__restored">
            Your draft from {formatInstant(restoredAt, zone, locale)} is back.{' '}
            <button type="button" className="link-button" onClick={() => void startNew()}>
              Start a new post instead
            </button>
          </p>
        )}
        {library.drafts && (
          <DraftsList
            drafts={library.drafts}
            currentId={autosave.draftId}
            locale={locale}
            zone={zone}
            onResume={(draft) => void resume(draft)}
            onDelete={(draft) => void library.remove(draft.id)}
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
        {showShared && (
          <ThreadEditor
            thread="shared"
            heading={sharedHeading}
            parts={state.shared}
            measured={measurements.bySlot}
            stale={measurements.stale}
            errors={errors.slots}
            dispatch={dispatch}
            newKey={newKey}
          />
        )}
        {customised.map((account) => {
          const thread = threadIdFor(state, account.id);
          return (
            <ThreadEditor
              key={account.id}
              thread={thread}
              heading={`Text for @${account.handle} only`}
              parts={partsOf(state, thread)}
              measured={measurements.bySlot}
              stale={measurements.stale}
              errors={errors.slots}
              dispatch={dispatch}
              newKey={newKey}
            />
          );
        })}
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
          autosave={autosave.status}
          zone={zone}
          locale={locale}
          formError={errors.form}
          busy={busy}
          actionLabel={ACTION_LABELS[state.schedule.mode]}
          onSaveDraft={saveDraft}
          onPublish={publish}
        />
      </div>
      {confirming && (
        <PostConfirmation
          items={confirming.accounts.map((account) => ({ account, parts: partsOf(state, threadIdFor(state, account.id)) }))}
          verb={VERBS[confirming.when.kind]}
          reference={referenceSentence(state, start)}
          when={whenSentence(confirming.when, zone, locale)}
          onConfirmed={(ids) => void create(confirming.when, ids)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </Dialog>
  );
}

function scheduleProblem(kind: string): string {
  switch (kind) {
    case 'nonexistent':
      return 'That time does not exist in your zone (the clocks go forward). Use the suggested time or choose another.';
    case 'ambiguous':
      return 'That time happens twice (the clocks go back). Choose which one.';
    case 'resolving':
      return 'Still checking the time; try again in a moment.';
    default:
      return 'Choose a date and a time.';
  }
}

function whenSentence(when: When, zone: string, locale: string): string {
  switch (when.kind) {
    case 'now':
      return 'It goes out now.';
    case 'at':
      return `It goes out ${formatInstant(when.dueAt, zone, locale)}.`;
    case 'queue':
      return "It goes out in the account's next free queue slot.";
    case 'draft':
      return 'It is saved as a draft.';
  }
}

function successMessage(when: When, chosen: readonly AccountSummary[], posts: readonly QueuedPost[], zone: string, locale: string): string {
  const who = handles(chosen);
  switch (when.kind) {
    case 'now':
      return `Posting now as ${who}.`;
    case 'at':
      return `Scheduled as ${who} for ${formatInstant(when.dueAt, zone, locale)}.`;
    case 'queue': {
      const due = posts.find((post) => post.dueAt)?.dueAt;
      return due ? `Added to the queue as ${who}: first goes out ${formatInstant(due, zone, locale)}.` : `Added to the queue as ${who}.`;
    }
    case 'draft':
      return `Saved as a draft for ${who}. Find it in the queue's drafts.`;
  }
}
