// Q1…Qn with their minute offsets: add, remove, move up and down (the timetable stays in place),
// each with how it goes out and its length. Focus follows a moved question.
import { useRef } from 'react';
import type { HashtagAdvice } from '../compose/hashtag-case';
import type { Measurements } from '../compose/useMeasurements';
import { clockTime } from './chat-time';
import { PlanAdviceList } from './PlanAdviceList';
import type { PlanAdvice } from './plan-advice';
import { TextArea } from './TextArea';
import { PostPreview } from './PostPreview';
import { moveQuestion, nextOffset, questionKey, type FieldErrors, type QuestionDraft } from './plan-form';
import { TextField } from '../shell/TextField';

interface QuestionsEditorProps {
  questions: QuestionDraft[];
  durationMinutes: string;
  finals: Record<string, string>;
  measurements: Measurements;
  errors: FieldErrors;
  /** Accessibility advice by question key, with its fix. */
  advice: PlanAdvice;
  onFix: (questionKey: string, advice: HashtagAdvice) => void;
  startsAt: string | null;
  zone: string;
  locale: string;
  onChange: (questions: QuestionDraft[]) => void;
}

const MAX_QUESTIONS = 20;

export function QuestionsEditor({ questions, durationMinutes, finals, measurements, errors, advice, onFix, startsAt, zone, locale, onChange }: QuestionsEditorProps): React.JSX.Element {
  const listRef = useRef<HTMLOListElement>(null);
  const focusLater = (selector: string): void => {
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(selector)?.focus());
  };

  const update = (index: number, patch: Partial<QuestionDraft>): void => onChange(questions.map((question, i) => (i === index ? { ...question, ...patch } : question)));
  const move = (index: number, by: -1 | 1): void => {
    const key = questions[index]?.key ?? '';
    onChange(moveQuestion(questions, index, by));
    focusLater(`[data-question="${key}"] [data-move="${by}"]:not(:disabled), [data-question="${key}"] textarea`);
  };
  const remove = (index: number): void => {
    const neighbour = questions[index + 1]?.key ?? questions[index - 1]?.key;
    onChange(questions.filter((_, i) => i !== index));
    if (neighbour) focusLater(`[data-question="${neighbour}"] textarea`);
  };
  const add = (): void => {
    const key = questionKey();
    onChange([...questions, { key, text: '', offsetMinutes: nextOffset(questions, durationMinutes) }]);
    focusLater(`[data-question="${key}"] textarea`);
  };

  return (
    <fieldset className="questions">
      <legend className="plan__legend">Questions</legend>
      <ol ref={listRef} className="questions__list">
        {questions.map((question, index) => {
          const number = index + 1;
          const offset = Number(question.offsetMinutes);
          const at = startsAt && Number.isFinite(offset) && question.offsetMinutes.trim() !== '' ? clockTime(new Date(Date.parse(startsAt) + offset * 60_000).toISOString(), locale, zone) : null;
          return (
            <li key={question.key} className="question-edit" data-question={question.key}>
              <div className="question-edit__head">
                <span className="question-edit__number" aria-hidden="true">
                  Q{number}
                </span>
                <div className="question-edit__text plan__advised">
                  <TextArea label={`Question ${number}`} rows={2} value={question.text} error={errors[`questions.${index}.text`]} onChange={(text) => update(index, { text })} />
                  <PlanAdviceList advice={advice[question.key]} onFix={(item) => onFix(question.key, item)} />
                </div>
                <div className="question-edit__offset">
                  <TextField
                    label={`Q${number} minutes after the start`}
                    type="number"
                    short
                    min={0}
                    max={1440}
                    value={question.offsetMinutes}
                    hint={at ? `at ${at}` : undefined}
                    error={errors[`questions.${index}.offsetMinutes`]}
                    onChange={(event) => update(index, { offsetMinutes: event.target.value })}
                  />
                </div>
              </div>
              {finals[question.key] && (
                <PostPreview id={`plan-q-${question.key}-final`} text={finals[question.key] ?? ''} measured={measurements.bySlot[question.key]} stale={measurements.stale.has(question.key)} />
              )}
              <div className="question-edit__tools" role="group" aria-label={`Question ${number}`}>
                <button type="button" className="button button--small button--quiet" data-move="-1" disabled={index === 0} aria-label={`Move question ${number} up`} onClick={() => move(index, -1)}>
                  ↑ Up
                </button>
                <button type="button" className="button button--small button--quiet" data-move="1" disabled={index === questions.length - 1} aria-label={`Move question ${number} down`} onClick={() => move(index, 1)}>
                  ↓ Down
                </button>
                <button type="button" className="button button--small button--quiet" disabled={questions.length <= 1} aria-label={`Remove question ${number}`} onClick={() => remove(index)}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" disabled={questions.length >= MAX_QUESTIONS} onClick={add}>
        + Add question
      </button>
    </fieldset>
  );
}
