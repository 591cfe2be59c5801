// A chat's moments in words, in the user's zone: "14:15", "Q2 of 3 out · Q3 at 14:15".
import type { Chat, ChatPostStatus, ChatState } from '../../../shared/chat';

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** "14:15" in the user's zone. */
export function clockTime(iso: string, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let formatter = timeFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    timeFormatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}

/** "14:15:30": a chat runs by the minute, but lateness is read in seconds. */
export function clockSeconds(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Fri 27 Nov" in the user's zone. */
function dayOf(iso: string, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let formatter = dayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone });
    dayFormatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}

/** "19:00" today, "Fri 27 Nov at 19:00" another day. */
export function whenText(iso: string, now: Date, locale: string, timeZone: string): string {
  const day = dayOf(iso, locale, timeZone);
  return day === dayOf(now.toISOString(), locale, timeZone) ? clockTime(iso, locale, timeZone) : `${day} at ${clockTime(iso, locale, timeZone)}`;
}

export const STATE_LABELS: Record<ChatState, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  live: 'Live',
  ended: 'Ended',
  cancelled: 'Cancelled',
};

export function isOut(post: ChatPostStatus | null | undefined): boolean {
  return post?.state === 'sent';
}

/** Where the chat stands: "Starts at 14:00 · Q1 at 14:05", "Q2 of 3 out · Q3 at 14:15", "All 3 questions out · closing at 15:00". */
export function chatProgress(chat: Chat, now: Date, locale: string, timeZone: string): string {
  const at = (iso: string): string => clockTime(iso, locale, timeZone);
  const total = chat.questionPosts.length;
  if (chat.state === 'cancelled') return 'Cancelled';
  if (chat.state === 'draft') return `Draft · planned for ${whenText(chat.startsAt, now, locale, timeZone)}`;
  const out = chat.questionPosts.filter((question) => isOut(question.post)).length;
  const next = chat.questionPosts.find((question) => !isOut(question.post));
  const end = chat.closingPost?.dueAt ?? new Date(Date.parse(chat.startsAt) + chat.durationMinutes * 60_000).toISOString();
  if (chat.state === 'ended') return `Ended · ${out} of ${total} questions went out`;
  if (out === 0 && next) {
    const welcomeOut = isOut(chat.welcomePost);
    return welcomeOut ? `Welcome out · Q1 at ${at(next.post.dueAt)}` : `Starts ${whenText(chat.startsAt, now, locale, timeZone).replace(/^(\d)/, 'at $1')} · Q1 at ${at(next.post.dueAt)}`;
  }
  if (next) return `Q${out} of ${total} out · Q${next.number} at ${at(next.post.dueAt)}`;
  return isOut(chat.closingPost) ? `All ${total} questions out · closing posted` : `All ${total} questions out · closing at ${at(end)}`;
}

/** "sent 14:05:12 (12 s late)", "scheduled for 14:05", "held: more than 2 minutes late". */
export function postStatusText(post: ChatPostStatus, sentAt: string | null, locale: string, timeZone: string): string {
  switch (post.state) {
    case null:
    case 'draft':
      return `planned for ${clockTime(post.dueAt, locale, timeZone)}`;
    case 'scheduled':
      return `scheduled for ${clockTime(post.dueAt, locale, timeZone)}`;
    case 'sending':
      return 'sending now';
    case 'sent': {
      if (!sentAt) return `sent (due ${clockTime(post.dueAt, locale, timeZone)})`;
      const late = Math.round((Date.parse(sentAt) - Date.parse(post.dueAt)) / 1000);
      const lateness = late <= 1 ? 'on time' : late < 60 ? `${late} s late` : `${Math.round(late / 60)} min late`;
      return `sent ${clockSeconds(sentAt, locale, timeZone)} (${lateness})`;
    }
    case 'held':
      return `held, due ${clockTime(post.dueAt, locale, timeZone)}: ${post.lastError ?? 'it could not go out within 2 minutes'}`;
    case 'failed':
      return `failed: ${post.lastError ?? 'X refused it'}`;
    case 'missed':
      return `missed, due ${clockTime(post.dueAt, locale, timeZone)}`;
  }
}
