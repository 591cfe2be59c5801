// Set-up: name, hashtag, host, co-hosts and guests, start and duration, the question timetable and
// the welcome and closing posts. Each post shows how it goes out (prefix and hashtag) and its length;
// every problem shows beside its field before anything is sent. Save, save as template, or schedule.
import { useMemo, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import { questionText, withHashtag, type Chat } from '../../../shared/chat';
import type { Settings } from '../../../shared/settings';
import { getApi } from '../api';
import { errorMessage, fieldErrorOf } from '../api/error-message';
import { formatInstant, localDateTime, zoneName } from '../compose/local-time';
import { ResolutionNote } from '../compose/ResolutionNote';
import { useMeasurements } from '../compose/useMeasurements';
import { useResolvedTime, type Resolution } from '../compose/useResolvedTime';
import { confirmOnRefusal } from '../guard/confirm-on-refusal';
import type { HashtagAdvice } from '../compose/hashtag-case';
import { useNow } from '../hooks/useNow';
import { TextField } from '../shell/TextField';
import { WallClockField } from '../shell/WallClockField';
import { HostPicker } from './HostPicker';
import { PostPreview } from './PostPreview';
import { QuestionsEditor } from './QuestionsEditor';
import { TextArea } from './TextArea';
import { PlanAdviceList } from './PlanAdviceList';
import { applyPlanAdvice, planAdvice } from './plan-advice';
import { localOf, planInputOf, templateInputOf, validatePlan, validateTemplate, type FieldErrors, type PlanDraft } from './plan-form';
import { useScheduleChat } from './useScheduleChat';

interface ChatFormProps {
  accounts: AccountSummary[];
  settings: Pick<Settings, 'timeZone' | 'locale'>;
  initial: PlanDraft;
  chatId?: string;
  onDone: (chatId: string | null) => void;
  onCancel: () => void;
}

function startOf(resolution: Resolution, occurrence: 'earlier' | 'later' | null): string | null {
  if (resolution.kind === 'ok') return resolution.dueAt;
  if (resolution.kind === 'ambiguous' && occurrence) return resolution.options[occurrence === 'earlier' ? 0 : 1].dueAt;
  return null;
}

export function ChatForm({ accounts, settings, initial, chatId, onDone, onCancel }: ChatFormProps): React.JSX.Element {
  const zone = settings.timeZone;
  const now = useNow();
  const [draft, setDraft] = useState<PlanDraft>(initial);
  // After the first attempt the form re-checks as the user types: a fixed field loses its message at once.
  const [attempted, setAttempted] = useState<'plan' | 'schedule' | 'template' | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [occurrence, setOccurrence] = useState<'earlier' | 'later' | null>(null);
  const [savedId, setSavedId] = useState<string | undefined>(chatId);
  const formRef = useRef<HTMLFormElement>(null);
  const resolution = useResolvedTime(localOf(draft), zone);
  const startsAt = startOf(resolution, occurrence);
  const host = accounts.find((account) => account.id === draft.hostAccountId);
  const scheduler = useScheduleChat(accounts, settings);

  const change = (patch: Partial<PlanDraft>): void => {
    setDraft((current) => ({ ...current, ...patch }));
    setServerErrors({});
    setServerMessage(null);
  };

  // What each planned post says when it goes out, measured by the core as the composer does.
  const finals = useMemo(() => {
    const tag = draft.hashtag.trim() ? (draft.hashtag.trim().startsWith('#') ? draft.hashtag.trim() : `#${draft.hashtag.trim()}`) : '#hashtag';
    const texts: Record<string, string> = {};
    if (draft.welcome.trim()) texts['welcome'] = withHashtag(draft.welcome, tag);
    draft.questions.forEach((question, index) => {
      if (question.text.trim()) texts[question.key] = questionText(index + 1, question.text, tag);
    });
    if (draft.closing.trim()) texts['closing'] = withHashtag(draft.closing, tag);
    return texts;
  }, [draft.hashtag, draft.welcome, draft.closing, draft.questions]);
  const measurements = useMeasurements(finals);
  const advice = useMemo(() => planAdvice(draft), [draft]);
  const takeAdvice = (field: string, item: HashtagAdvice): void => {
    change(applyPlanAdvice(draft, field, item));
    setStatus(`Changed ${item.original} to ${item.suggestion}.`);
  };
  const tooLong = Object.entries(measurements.bySlot).filter(([slot, measured]) => finals[slot] && measured.weightedLength > measured.max);

  const problemsFor = (mode: 'plan' | 'schedule' | 'template'): FieldErrors => {
    if (mode === 'template') return validateTemplate(draft);
    const found = validatePlan(draft, startsAt, zone);
    if (!startsAt) found['startsAt'] = resolution.kind === 'resolving' ? 'Still checking the time; try again in a moment.' : 'Choose a date and time that exists in your zone.';
    else if (mode === 'schedule' && Date.parse(startsAt) <= now.getTime()) found['startsAt'] = 'That time has passed; choose a later one.';
    for (const [slot] of tooLong) {
      const key = slot === 'welcome' || slot === 'closing' ? slot : `questions.${draft.questions.findIndex((question) => question.key === slot)}.text`;
      found[key] ??= 'Too long with the prefix and hashtag added.';
    }
    return found;
  };
  const problems = attempted ? problemsFor(attempted) : {};
  const errors: FieldErrors = { ...problems, ...serverErrors };
  const count = Object.keys(problems).length;
  const formError =
    serverMessage ??
    (count === 0 ? null : attempted === 'template' ? 'A template needs the fields marked below.' : `Check the ${count === 1 ? 'field' : `${count} fields`} marked below.`);

  const focusFirstError = (): void => {
    requestAnimationFrame(() => {
      const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      first?.scrollIntoView({ block: 'center' });
    });
  };

  /** True when the plan may go: otherwise the problems show beside their fields and focus goes to the first. */
  const check = (mode: 'plan' | 'schedule' | 'template'): boolean => {
    setAttempted(mode);
    if (Object.keys(problemsFor(mode)).length === 0) return true;
    focusFirstError();
    return false;
  };

  const failed = (cause: unknown): void => {
    const field = fieldErrorOf(cause);
    if (field) setServerErrors({ [field.field.replace(/^plan\./, '')]: field.message });
    else setServerMessage(errorMessage(cause));
    focusFirstError();
  };

  const save = async (): Promise<Chat | null> => {
    if (!startsAt) return null;
    const plan = planInputOf(draft, startsAt, zone);
    // A scheduled chat's posts that move are confirmed as the host (core says when).
    const chat = await confirmOnRefusal(host ? [host] : [], { text: plan.welcome ?? plan.name, verb: 'Move', when: 'The chat’s posts move to the new plan.', reference: null }, (confirmedAccountIds) =>
      getApi().call('chat.save', savedId ? { id: savedId, plan, confirmedAccountIds } : { plan, confirmedAccountIds }),
    );
    if (chat) setSavedId(chat.id);
    return chat;
  };

  const onSave = (): void => {
    if (!check('plan')) return;
    setBusy(true);
    save()
      .then((chat) => chat && onDone(chat.id))
      .catch(failed)
      .finally(() => setBusy(false));
  };

  const onSchedule = (): void => {
    if (!check('schedule')) return;
    setBusy(true);
    save()
      .then(async (chat) => {
        if (!chat) return;
        if (chat.state === 'scheduled' || chat.state === 'live') return onDone(chat.id);
        const outcome = await scheduler.schedule(chat);
        if (outcome === 'sent') onDone(chat.id);
        else setStatus('Saved as a draft; not scheduled.');
      })
      .catch(failed)
      .finally(() => setBusy(false));
  };

  const onSaveTemplate = (): void => {
    if (!check('template')) return;
    getApi()
      .call('chat.saveTemplate', templateInputOf(draft) as never)
      .then((template) => setStatus(`Saved the template “${template.name}”. Find it under Templates in the chat list.`))
      .catch(failed);
  };

  const editing = chatId !== undefined;
  const title = editing ? `Edit ${initial.name || 'chat'}` : 'New tweet chat';
  const tag = draft.hashtag.trim();
  return (
    <main className="chats plan" aria-labelledby="plan-heading" data-testid="chat-form">
      <header className="chats__header">
        <div>
          <h1 id="plan-heading">{title}</h1>
          <p className="hint">Questions go out from the host account with “Qn” and the hashtag added; up to 2 minutes late if Columns was closed, then held for you.</p>
        </div>
        <div className="chats__actions">
          <button type="button" className="button" onClick={onCancel}>
            Back to chats
          </button>
        </div>
      </header>
      <form
        ref={formRef}
        className="plan__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSchedule();
        }}
      >
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <section className="plan__section" aria-labelledby="plan-about">
          <h2 id="plan-about">The chat</h2>
          <div className="plan__row">
            <TextField label="Name" hint="For you and the transcript, e.g. “Improving discharge, March”." value={draft.name} error={errors['name']} onChange={(event) => change({ name: event.target.value })} />
            <div className="plan__advised">
              <TextField label="Hashtag" hint="Added to every post once, e.g. #Improve4Patients." value={draft.hashtag} error={errors['hashtag']} onChange={(event) => change({ hashtag: event.target.value })} />
              <PlanAdviceList advice={advice['hashtag']} onFix={(item) => takeAdvice('hashtag', item)} />
            </div>
          </div>
          <HostPicker accounts={accounts} value={draft.hostAccountId} error={errors['hostAccountId']} onChange={(hostAccountId) => change({ hostAccountId })} />
          <div className="plan__row">
            <TextField label="Co-hosts" hint="Handles, separated by commas: highlighted everywhere." value={draft.cohosts} error={errors['cohosts']} onChange={(event) => change({ cohosts: event.target.value })} />
            <TextField label="Guests" hint="Handles, separated by commas: highlighted everywhere." value={draft.guests} error={errors['guests']} onChange={(event) => change({ guests: event.target.value })} />
          </div>
        </section>

        <section className="plan__section" aria-labelledby="plan-when">
          <h2 id="plan-when">When</h2>
          <div className="plan__row plan__row--compact">
            <WallClockField kind="date" label="Start date" locale={settings.locale} value={draft.date} error={errors['startsAt'] && !draft.date ? errors['startsAt'] : undefined} onChange={(date) => change({ date })} />
            <WallClockField kind="time" label="Start time" locale={settings.locale} value={draft.time} error={errors['startsAt'] && draft.date ? errors['startsAt'] : undefined} onChange={(time) => change({ time })} />
            <TextField label="Duration (minutes)" type="number" short min={5} max={1440} value={draft.durationMinutes} error={errors['durationMinutes']} onChange={(event) => change({ durationMinutes: event.target.value })} />
          </div>
          <p className="hint">Times are in {zoneName(zone, settings.locale, now)}. Change the zone in Settings.</p>
          <StartNote resolution={resolution} occurrence={occurrence} durationMinutes={draft.durationMinutes} zone={zone} locale={settings.locale} onOccurrence={setOccurrence} onSuggestion={(iso) => change(localDateTime(new Date(iso), zone))} />
        </section>

        <section className="plan__section" aria-labelledby="plan-posts">
          <h2 id="plan-posts">Posts</h2>
          <div className="plan__advised">
            <TextArea label="Welcome (at the start)" hint="Leave empty for no welcome post." value={draft.welcome} error={errors['welcome']} onChange={(welcome) => change({ welcome })} />
            <PlanAdviceList advice={advice['welcome']} onFix={(item) => takeAdvice('welcome', item)} />
          </div>
          {finals['welcome'] && <PostPreview id="plan-welcome-final" text={finals['welcome']} measured={measurements.bySlot['welcome']} stale={measurements.stale.has('welcome')} />}
          <QuestionsEditor
            questions={draft.questions}
            durationMinutes={draft.durationMinutes}
            finals={finals}
            measurements={measurements}
            errors={errors}
            advice={advice}
            onFix={takeAdvice}
            startsAt={startsAt}
            zone={zone}
            locale={settings.locale}
            onChange={(questions) => change({ questions })}
          />
          {errors['questions'] && (
            <p className="field-error" role="alert">
              {errors['questions']}
            </p>
          )}
          <div className="plan__advised">
            <TextArea label="Closing (at the end)" hint="Leave empty for no closing post." value={draft.closing} error={errors['closing']} onChange={(closing) => change({ closing })} />
            <PlanAdviceList advice={advice['closing']} onFix={(item) => takeAdvice('closing', item)} />
          </div>
          {finals['closing'] && <PostPreview id="plan-closing-final" text={finals['closing']} measured={measurements.bySlot['closing']} stale={measurements.stale.has('closing')} />}
          {!tag && <p className="hint">The previews use #hashtag until you enter the chat’s hashtag.</p>}
        </section>

        <div className="plan__actions">
          <p className="plan__status" role="status">
            {status}
          </p>
          <button type="button" className="button" disabled={busy} onClick={onSaveTemplate}>
            Save as template
          </button>
          <button type="button" className="button" disabled={busy} onClick={onSave}>
            {editing ? 'Save changes' : 'Save draft'}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {editing ? 'Save and schedule' : 'Schedule'}
            {host ? ` as @${host.handle}` : ''}
          </button>
        </div>
      </form>
      {scheduler.dialog}
    </main>
  );
}

interface StartNoteProps {
  resolution: Resolution;
  occurrence: 'earlier' | 'later' | null;
  durationMinutes: string;
  zone: string;
  locale: string;
  onOccurrence: (occurrence: 'earlier' | 'later') => void;
  onSuggestion: (iso: string) => void;
}

/** The start as the core resolved it, with the DST questions the composer asks. */
function StartNote({ resolution, occurrence, durationMinutes, zone, locale, onOccurrence, onSuggestion }: StartNoteProps): React.JSX.Element | null {
  const resolved = (dueAt: string): React.ReactNode => {
    const minutes = Number(durationMinutes);
    const end = Number.isFinite(minutes) && minutes > 0 ? new Date(Date.parse(dueAt) + minutes * 60_000).toISOString() : null;
    return (
      <>
        Starts {formatInstant(dueAt, zone, locale)}
        {end ? `, ends ${formatInstant(end, zone, locale)}` : ''}
      </>
    );
  };
  return <ResolutionNote resolution={resolution} name="chat-start" occurrence={occurrence} resolved={resolved} onOccurrence={onOccurrence} onSuggestion={onSuggestion} />;
}
