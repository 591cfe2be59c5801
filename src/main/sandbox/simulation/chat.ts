// A tweet chat: the host welcomes everyone, posts Q1…Qn on the hashtag at fixed intervals, and the
// community answers (A1 as a reply to Q1 …), replies to each other, reposts and likes at the planned
// rate. A few posts need moderation — hashtag spam with a link, a harsh but civil critic — and are
// listed in `flagged` (never marked in the post itself) so a trainee's hide/mute can be checked.
import { z } from 'zod';
import type { SandboxPost, SandboxUser, Snowflake } from '../model';
import { answerText, closingText, hostThanksText, mingleText, questionText, replyText, criticText, spamText, welcomeText } from './chat-texts';
import { COMMUNITY, TROUBLEMAKERS } from './community';
import { createRng, seedFrom } from './random';
import type { Scheduler } from './scheduler';
import type { PostWriter } from './writer';

export const chatPlanShape = z
  .object({
    hashtag: z.string().regex(/^#?\w*[A-Za-z_]\w*$/, 'a hashtag such as #Improve4Patients').max(60),
    hostUsername: z.string().regex(/^@?\w{1,15}$/),
    questions: z.array(z.string().trim().min(1).max(280)).min(1).max(20),
    minutesPerQuestion: z.number().min(1).max(120).default(10),
    /**
     * Uneven timetables (a rehearsal of a real plan): Qn's minutes after the start, increasing, one
     * per question; with `durationMinutes` for the end. Without them: leadMinutes + (n-1) × minutesPerQuestion.
     */
    questionMinutes: z.array(z.number().min(0).max(24 * 60)).max(20).optional(),
    durationMinutes: z.number().min(1).max(24 * 60).optional(),
    /** Minutes between the welcome post and Q1. */
    leadMinutes: z.number().min(0).max(60).default(2),
    postsPerHour: z.number().int().min(100).max(400).default(200),
    /** Delay before the welcome post, sandbox ms. */
    startInMs: z.number().int().min(0).max(7 * 24 * 3600 * 1000).default(0),
    seed: z.number().int().optional(),
    /**
     * The host is a real client (the app hosting a practice chat): the simulation posts no welcome,
     * questions or closing, and waits for the host's own "Qn …" posts on the hashtag to answer them.
     */
    externalHost: z.boolean().default(false),
  })
  .strict();

/** An uneven timetable has one increasing time per question, and ends after the last. */
export function checkTimetable(plan: { questions: string[]; questionMinutes?: number[] | undefined; durationMinutes?: number | undefined }, ctx: z.RefinementCtx): void {
    const minutes = plan.questionMinutes;
    if (!minutes) return;
    if (minutes.length !== plan.questions.length) ctx.addIssue({ code: 'custom', path: ['questionMinutes'], message: 'one time per question' });
    if (minutes.some((at, index) => index > 0 && at <= (minutes[index - 1] as number))) ctx.addIssue({ code: 'custom', path: ['questionMinutes'], message: 'times must increase' });
    if (plan.durationMinutes !== undefined && plan.durationMinutes <= (minutes.at(-1) ?? 0)) ctx.addIssue({ code: 'custom', path: ['durationMinutes'], message: 'the end must come after the last question' });
}
export const chatPlanSchema = chatPlanShape.superRefine(checkTimetable);
export type ChatPlanInput = z.input<typeof chatPlanSchema>;

export interface ModerationFlag {
  postId: Snowflake;
  kind: 'spam' | 'critic';
  authorId: Snowflake;
  authorUsername: string;
  /** The question it replied to. */
  questionNumber: number;
  chatId: string;
}

export interface ChatRun {
  readonly id: string;
  readonly hashtag: string;
  readonly hostUsername: string;
  readonly startsAtMs: number;
  /** When the closing post goes out. */
  readonly endsAtMs: number;
  state(): 'scheduled' | 'running' | 'finished' | 'stopped';
  /** Question post ids by number (index 0 is Q1); only those already posted. */
  questionPostIds(): Snowflake[];
  /** Every post the chat made, in order. */
  postIds(): Snowflake[];
  likeCount(): number;
  flagged(): readonly ModerationFlag[];
  stop(): void;
}

/** How often a simulation with an external host looks again for a question not yet posted (sandbox ms). */
const LOOK_AGAIN_MS = 10_000;

/** The host's own "Qn …" post on the hashtag since the chat's start, if it is out. */
function hostQuestion(writer: PostWriter, host: SandboxUser, number: number, text: string, hashtag: string, sinceMs: number): SandboxPost | null {
  const prefix = new RegExp(`^Q${number}\\b`, 'i');
  const tag = hashtag.toLowerCase();
  // The question's own words too: a rerun's Qn is not the last run's (each run marks its texts).
  const body = text.replace(new RegExp(`^\\s*Q${number}\\b\\s*`, 'i'), '').toLowerCase();
  const recent = writer.world.posts.page('author_id = @author', { author: host.id }, { startTime: new Date(sinceMs - 5 * MINUTE).toISOString(), limit: 50 });
  return recent.find((post) => prefix.test(post.text) && post.text.toLowerCase().includes(tag) && post.text.toLowerCase().includes(body) && post.inReplyToPostId === null && post.repostOfId === null) ?? null;
}

const MINUTE = 60_000;

export function startChat(env: { writer: PostWriter; scheduler: Scheduler; id: string }, input: ChatPlanInput): ChatRun {
  const plan = chatPlanSchema.parse(input);
  const { writer, scheduler, id } = env;
  const hashtag = plan.hashtag.startsWith('#') ? plan.hashtag : `#${plan.hashtag}`;
  const host = writer.user(plan.hostUsername.replace(/^@/, ''));
  const rng = createRng(plan.seed ?? seedFrom(`${hashtag}/${id}`));
  const people = rng.sample(COMMUNITY, 30).map((member) => ({ member, user: writer.user(member.username) }));
  const spammer = writer.user(TROUBLEMAKERS.spammer.username);
  const critic = writer.user(TROUBLEMAKERS.critic.username);

  const start = writer.now() + plan.startInMs;
  const count = plan.questions.length;
  const endMinutes = plan.durationMinutes ?? (plan.questionMinutes ? (plan.questionMinutes.at(-1) ?? 0) + plan.minutesPerQuestion : plan.leadMinutes + count * plan.minutesPerQuestion);
  const questionAt = (n: number): number => start + (n > count ? endMinutes : (plan.questionMinutes?.[n - 1] ?? plan.leadMinutes + (n - 1) * plan.minutesPerQuestion)) * MINUTE;
  const end = questionAt(count + 1);
  const questions: SandboxPost[] = [];
  const answers: SandboxPost[][] = plan.questions.map(() => []);
  const answered = new Set<string>();
  const posts: SandboxPost[] = [];
  const flags: ModerationFlag[] = [];
  let likes = 0;
  let state: ReturnType<ChatRun['state']> = 'scheduled';

  const at = (time: number, run: () => void): void => scheduler.schedule({ at: time, owner: id, run });
  const keep = (post: SandboxPost | null): SandboxPost | null => {
    if (post) posts.push(post);
    return post;
  };
  const flag = (post: SandboxPost | null, kind: ModerationFlag['kind'], author: SandboxUser, questionNumber: number): void => {
    if (post) flags.push({ postId: post.id, kind, authorId: author.id, authorUsername: author.username, questionNumber, chatId: id });
  };

  const answer = (n: number): boolean => {
    const question = questions[n - 1];
    const candidates = people.filter(({ user }) => !answered.has(`${n}:${user.id}`));
    if (!question || candidates.length === 0) return false;
    const { member, user } = rng.pick(candidates);
    answered.add(`${n}:${user.id}`);
    const post = keep(writer.reply(user, question, answerText(rng, member.role, n, hashtag)));
    if (post) answers[n - 1]?.push(post);
    return true;
  };

  const participate = (): void => {
    const n = questions.length;
    if (n === 0) return;
    const current = answers[n - 1] ?? [];
    const actor = rng.pick(people).user;
    const action = rng.weighted({ answer: 55, late: n > 1 ? 8 : 0, reply: current.length > 0 ? 22 : 0, repost: 8, mingle: 5, host: current.length > 0 ? 2 : 0 });
    if (action === 'answer' || action === 'late') {
      if (!answer(action === 'late' ? rng.int(1, n - 1) : n)) keep(writer.original(actor, mingleText(rng, hashtag, '')));
    } else if (action === 'reply') {
      const target = rng.pick(current);
      if (target.authorId !== actor.id) keep(writer.reply(actor, target, replyText(rng, hashtag)));
      else keep(writer.original(actor, mingleText(rng, hashtag, '')));
    } else if (action === 'repost') {
      const original = rng.chance(0.5) || current.length === 0 ? (questions[n - 1] as SandboxPost) : rng.pick(current);
      keep(writer.repost(actor, original) ?? writer.original(actor, mingleText(rng, hashtag, '')));
    } else if (action === 'host') {
      keep(writer.reply(host, rng.pick(current), hostThanksText(rng)));
    } else {
      const member = people.find(({ user }) => user.id === actor.id)?.member;
      keep(writer.original(actor, mingleText(rng, hashtag, member?.location ?? '')));
    }
    // Likes are not posts: they ride along with each post, mostly on recent ones.
    const recent = posts.slice(-30).filter((post) => post.repostOfId === null);
    for (let i = rng.int(0, 3); i > 0 && recent.length > 0; i--) {
      if (writer.like(rng.pick(people).user, rng.pick(recent))) likes++;
    }
    if (current.length > 0 && rng.chance(0.25) && writer.like(host, rng.pick(current))) likes++;
  };

  const scheduleParticipation = (from: number): void => {
    const gap = (3_600_000 / plan.postsPerHour) * (0.5 + rng.next());
    if (from + gap >= end) return;
    at(from + gap, () => {
      participate();
      scheduleParticipation(from + gap);
    });
  };

  at(start, () => {
    state = 'running';
    if (!plan.externalHost) keep(writer.original(host, welcomeText(hashtag, plan.questions.length, plan.minutesPerQuestion)));
  });
  plan.questions.forEach((text, index) => {
    const number = index + 1;
    if (!plan.externalHost) {
      at(questionAt(number), () => {
        const post = writer.original(host, questionText(number, text, hashtag));
        if (post) questions[index] = keep(post) as SandboxPost;
      });
      return;
    }
    // Look for the host's Qn from its due time until the next question is due.
    const look = (time: number): void => {
      at(time, () => {
        const found = hostQuestion(writer, host, number, text, hashtag, start);
        if (found) questions[index] = keep(found) as SandboxPost;
        else if (time + LOOK_AGAIN_MS < questionAt(number + 1)) look(time + LOOK_AGAIN_MS);
      });
    };
    look(questionAt(number));
  });
  scheduleParticipation(questionAt(1));
  // Moderation cases at fixed points, so every chat has them whatever the rate.
  const last = plan.questions.length;
  const inQuestion = (n: number, fraction: number): number => questionAt(n) + fraction * (questionAt(n + 1) - questionAt(n));
  const replyToQuestion = (n: number, author: SandboxUser, text: string, kind: ModerationFlag['kind']): void => {
    const question = questions[n - 1];
    if (question) flag(keep(writer.reply(author, question, text)), kind, author, n);
  };
  at(inQuestion(1, 0.6), () => replyToQuestion(1, spammer, spamText(hashtag, 0), 'spam'));
  at(inQuestion(Math.min(2, last), 0.35), () => replyToQuestion(Math.min(2, last), critic, criticText(Math.min(2, last), 0), 'critic'));
  if (last >= 3) at(inQuestion(last, 0.5), () => replyToQuestion(last, spammer, spamText(hashtag, 1), 'spam'));
  at(end, () => {
    if (!plan.externalHost) keep(writer.original(host, closingText(hashtag)));
    state = 'finished';
  });

  return {
    id,
    hashtag,
    hostUsername: host.username,
    startsAtMs: start,
    endsAtMs: end,
    state: () => state,
    questionPostIds: () => questions.flatMap((post) => (post ? [post.id] : [])),
    postIds: () => posts.map((post) => post.id),
    likeCount: () => likes,
    flagged: () => flags,
    stop() {
      scheduler.cancel(id);
      if (state !== 'finished') state = 'stopped';
    },
  };
}
