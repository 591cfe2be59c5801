// The chat by question: the welcome, each Qn with its status (planned, scheduled, sent and how late,
// held) and the answers under it (A2 in the text, or a reply in Q2's thread), replies to answers
// indented; then the closing, and whatever belongs to no question.
import { useState } from 'react';
import type { Chat, ChatEntry, ChatPostStatus } from '../../../shared/chat';
import type { ColumnItem } from '../../../shared/columns';
import { relativeAge } from '../columns/item-time';
import { ItemText } from '../columns/ItemText';
import { postStatusText } from './chat-time';
import { kindLabel, ROLE_LABELS } from './roles';

/** Answers shown per question before "Show all". */
const FIRST_ANSWERS = 25;

interface QuestionBoardProps {
  chat: Chat;
  entries: ChatEntry[];
  now: Date;
  locale: string;
  timeZone: string;
  hidden: ReadonlySet<string>;
  notes: Record<string, string>;
  onReply: (item: ColumnItem) => void;
  onLike: (item: ColumnItem) => void;
  onRepost: (item: ColumnItem) => void;
  onMention: (handle: string) => void;
}

interface Threaded {
  entry: ChatEntry;
  depth: 0 | 1;
}

/** Answers in order, each followed by the replies to it (one level of indent is enough to read). */
function threaded(entries: ChatEntry[], exclude: ReadonlySet<string>): Threaded[] {
  const ids = new Set(entries.map((entry) => entry.item.id));
  const children = new Map<string, ChatEntry[]>();
  const roots: ChatEntry[] = [];
  for (const entry of entries) {
    if (exclude.has(entry.item.id)) continue;
    const parent = entry.item.replyToId;
    if (entry.kind === 'reply' && parent && ids.has(parent) && !exclude.has(parent)) children.set(parent, [...(children.get(parent) ?? []), entry]);
    else roots.push(entry);
  }
  const out: Threaded[] = [];
  const visit = (entry: ChatEntry, depth: 0 | 1): void => {
    out.push({ entry, depth });
    for (const child of children.get(entry.item.id) ?? []) visit(child, 1);
  };
  roots.forEach((entry) => visit(entry, 0));
  return out;
}

function sentAtOf(post: ChatPostStatus | null, entries: ChatEntry[]): string | null {
  if (!post?.remoteId) return null;
  return entries.find((entry) => entry.item.id === post.remoteId)?.item.createdAt ?? null;
}

export function QuestionBoard({ chat, entries, now, locale, timeZone, hidden, notes, onReply, onLike, onRepost, onMention }: QuestionBoardProps): React.JSX.Element {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const own = new Set([chat.welcomePost?.remoteId, chat.closingPost?.remoteId, ...chat.questionPosts.map((question) => question.post.remoteId)].filter((id): id is string => Boolean(id)));
  const general = entries.filter((entry) => entry.question === null && !own.has(entry.item.id) && entry.kind !== 'welcome' && entry.kind !== 'closing');

  const groups: { key: string; title: string; text: string | null; post: ChatPostStatus | null; answers: ChatEntry[] }[] = [
    ...(chat.welcome !== null ? [{ key: 'welcome', title: 'Welcome', text: chat.welcomePost?.text ?? chat.welcome, post: chat.welcomePost, answers: [] }] : []),
    ...chat.questionPosts.map((question) => ({
      key: `q${question.number}`,
      title: `Q${question.number}`,
      text: question.post.text || question.text,
      post: question.post,
      answers: entries.filter((entry) => entry.question === question.number && !own.has(entry.item.id) && entry.kind !== 'question'),
    })),
    ...(chat.closing !== null ? [{ key: 'closing', title: 'Closing', text: chat.closingPost?.text ?? chat.closing, post: chat.closingPost, answers: [] }] : []),
  ];
  // Before the chat is scheduled the plan has no post statuses yet: show the plan itself.
  const planned = chat.questionPosts.length === 0 ? chat.questions.map((question, index) => ({ key: `plan-${index}`, title: `Q${index + 1}`, text: question.text, post: null, answers: [] as ChatEntry[] })) : [];

  return (
    <section className="chat-pane chat-board" aria-labelledby="chat-board-heading" data-testid="chat-board">
      <header className="chat-pane__header">
        <h2 id="chat-board-heading">By question</h2>
        <span className="hint">Answers: “A2” in the text or a reply in Q2’s thread</span>
      </header>
      {/* Focusable, so the keyboard can scroll it even before any answer (a button) is in it. */}
      <div className="chat-pane__scroll" tabIndex={0} role="region" aria-label="Questions and their answers">
        {[...groups.slice(0, chat.welcome !== null ? 1 : 0), ...planned, ...groups.slice(chat.welcome !== null ? 1 : 0)].map((group) => {
          const rows = threaded(group.answers, new Set());
          const all = expanded.has(group.key);
          const shown = all ? rows : rows.slice(0, FIRST_ANSWERS);
          const answers = group.answers.filter((entry) => entry.kind !== 'reply').length;
          const replies = group.answers.length - answers;
          const status = group.post ? postStatusText(group.post, sentAtOf(group.post, entries), locale, timeZone) : 'planned';
          return (
            <article key={group.key} className={`question-card question-card--${group.post?.state ?? 'planned'}`} aria-labelledby={`qc-${group.key}`} data-testid={`question-${group.key}`}>
              <header className="question-card__header">
                <h3 id={`qc-${group.key}`} className="question-card__title">
                  {group.title}
                </h3>
                <span className={`post-state post-state--${group.post?.state ?? 'planned'}`} data-testid="question-status">
                  {status}
                </span>
              </header>
              <p className="question-card__text">{group.text}</p>
              {group.post?.lastError && group.post.state !== 'held' && group.post.state !== 'failed' && <p className="field-error">{group.post.lastError}</p>}
              {group.key.startsWith('q') && (
                <p className="question-card__count">
                  {answers} {answers === 1 ? 'answer' : 'answers'}, {replies} {replies === 1 ? 'reply' : 'replies'}
                </p>
              )}
              {shown.length > 0 && (
                <ul className="answers" aria-label={`Answers to ${group.title}`}>
                  {shown.map(({ entry, depth }) => (
                    <AnswerRow
                      key={entry.item.id}
                      entry={entry}
                      depth={depth}
                      now={now}
                      hidden={hidden.has(entry.item.id)}
                      note={notes[entry.item.id]}
                      onReply={onReply}
                      onLike={onLike}
                      onRepost={onRepost}
                      onMention={onMention}
                    />
                  ))}
                </ul>
              )}
              {rows.length > FIRST_ANSWERS && (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-expanded={all}
                  onClick={() => setExpanded((current) => (all ? new Set([...current].filter((key) => key !== group.key)) : new Set([...current, group.key])))}
                >
                  {all ? `Show the first ${FIRST_ANSWERS}` : `Show all ${rows.length}`}
                </button>
              )}
            </article>
          );
        })}
        {general.length > 0 && (
          <article className="question-card question-card--general" aria-labelledby="qc-general">
            <header className="question-card__header">
              <h3 id="qc-general" className="question-card__title">
                Not tied to a question
              </h3>
              <span className="post-state">{general.length}</span>
            </header>
            <ul className="answers" aria-label="Posts not tied to a question">
              {threaded(general, new Set())
                .slice(0, expanded.has('general') ? undefined : FIRST_ANSWERS)
                .map(({ entry, depth }) => (
                  <AnswerRow key={entry.item.id} entry={entry} depth={depth} now={now} hidden={hidden.has(entry.item.id)} note={notes[entry.item.id]} onReply={onReply} onLike={onLike} onRepost={onRepost} onMention={onMention} />
                ))}
            </ul>
            {general.length > FIRST_ANSWERS && !expanded.has('general') && (
              <button type="button" className="button button--small button--quiet" onClick={() => setExpanded((current) => new Set([...current, 'general']))}>
                Show all {general.length}
              </button>
            )}
          </article>
        )}
      </div>
    </section>
  );
}

interface AnswerRowProps {
  entry: ChatEntry;
  depth: 0 | 1;
  now: Date;
  hidden: boolean;
  note: string | undefined;
  onReply: (item: ColumnItem) => void;
  onLike: (item: ColumnItem) => void;
  onRepost: (item: ColumnItem) => void;
  onMention: (handle: string) => void;
}

function AnswerRow({ entry, depth, now, hidden, note, onReply, onLike, onRepost, onMention }: AnswerRowProps): React.JSX.Element {
  const { item, role } = entry;
  const roleLabel = ROLE_LABELS[role];
  const kind = kindLabel(entry);
  const canReply = item.allowed.reply.ok;
  return (
    <li className={`answer answer--${role}${depth === 1 ? ' answer--reply' : ''}${hidden ? ' answer--hidden' : ''}`} data-entry-id={item.id} data-kind={entry.kind}>
      <p className="answer__who">
        <span className="answer__name">{item.author.displayName}</span> <span className="item__handle">@{item.author.handle}</span>
        {roleLabel && <span className={`role-badge role-badge--${role}`}>{roleLabel}</span>}
        {kind && <span className="kind-tag">{kind}</span>}
        {hidden && <span className="kind-tag kind-tag--hidden">Hidden</span>}
        {entry.moderation && <span className={`kind-tag kind-tag--flag kind-tag--${entry.moderation.kind}`}>⚑ {entry.moderation.reason}</span>}
        <time className="answer__time" dateTime={item.createdAt}>
          {relativeAge(new Date(item.createdAt), now)}
        </time>
      </p>
      <ItemText segments={item.segments} />
      <div className="answer__actions" role="group" aria-label={`Quick actions on the post by @${item.author.handle}`}>
        {canReply ? (
          <button type="button" className="item__action" onClick={() => onReply(item)}>
            Reply
          </button>
        ) : (
          <button type="button" className="item__action" title={item.allowed.reply.reason ?? undefined} onClick={() => onMention(item.author.handle)}>
            Mention @{item.author.handle}
          </button>
        )}
        <button type="button" className="item__action" aria-disabled={item.allowed.like.ok ? undefined : true} title={item.allowed.like.reason ?? undefined} onClick={() => onLike(item)}>
          Like
        </button>
        <button type="button" className="item__action" aria-disabled={item.allowed.repost.ok ? undefined : true} title={item.allowed.repost.reason ?? undefined} onClick={() => onRepost(item)}>
          Repost
        </button>
      </div>
      {note && (
        <p className="item__note" role="status">
          {note}
        </p>
      )}
    </li>
  );
}
