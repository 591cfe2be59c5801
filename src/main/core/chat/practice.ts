// Training: one click hosts a whole simulated tweet chat. The app plans and schedules it on the
// training corporate account like any chat (its questions go out through the queue); the training
// sandbox's community answers them, replies, reposts, likes — and posts a little spam and abuse to
// moderate. Its questions differ from the seeded history's past chat (X refuses a repeated text).
// The sandbox waits for the app's own "Qn" posts (externalHost), so nothing is posted twice.
import type { AccountSummary } from '../../../shared/accounts';
import type { ChatPlan } from '../../../shared/chat';
import { AppError } from '../errors';

export const PRACTICE_HASHTAG = '#Improve4Patients';
const PRACTICE_QUESTIONS = [
  'Which improvement are you proudest of this year, and why?',
  'What is one small change that made a big difference for your patients?',
  'How do you make sure patients and carers shape improvement work?',
  'What gets in the way of improvement, and how have you got round it?',
  'Which measure tells you most about how your service is doing?',
  'What will you try next week after tonight’s chat?',
];
/** Minutes between the welcome and Q1 (told to the sandbox's chat simulator too). */
const LEAD_MINUTES = 1;

export interface PracticeInput {
  questions: number;
  minutesPerQuestion: number;
  startInMinutes: number;
}

/** The simulated chat's side in the sandbox (training.server().simulator.startChat). */
export interface PracticeSimulator {
  startChat(input: {
    hashtag: string;
    hostUsername: string;
    questions: string[];
    minutesPerQuestion: number;
    leadMinutes: number;
    /** An uneven timetable (rehearsals): Qn's minutes after the start, and the end. */
    questionMinutes?: number[];
    durationMinutes?: number;
    startInMs: number;
    externalHost: true;
  }): SimulatedChat;
  nowMs(): number;
}

/** A simulated chat running in the training sandbox. */
export interface SimulatedChat {
  stop(): void;
}

export function practiceHost(accounts: readonly AccountSummary[]): AccountSummary {
  const host = accounts.find((account) => account.training && account.kind === 'corporate' && account.status === 'active');
  if (!host) throw new AppError('invalid_request', 'Practice chats need the training accounts. Start training mode from Accounts first.');
  return host;
}

export function practicePlan(host: AccountSummary, input: PracticeInput, nowMs: number, zone: string): ChatPlan {
  const startsAt = new Date(Math.ceil((nowMs + input.startInMinutes * 60_000) / 1000) * 1000).toISOString();
  const questions = PRACTICE_QUESTIONS.slice(0, input.questions).map((text, index) => ({ text, offsetMinutes: LEAD_MINUTES + index * input.minutesPerQuestion }));
  return {
    name: 'Practice chat',
    hashtag: PRACTICE_HASHTAG,
    hostAccountId: host.id,
    cohosts: [],
    guests: [],
    startsAt,
    zone,
    durationMinutes: LEAD_MINUTES + input.questions * input.minutesPerQuestion,
    questions,
    welcome: `Welcome to this practice ${PRACTICE_HASHTAG} chat! ${input.questions} questions, ${input.minutesPerQuestion} minutes each. Answer with A1, A2… and the hashtag 👋`,
    closing: `That's a wrap. Thank you all for a generous conversation 💙`,
  };
}

export function startPracticeSimulation(simulator: PracticeSimulator, plan: ChatPlan, hostHandle: string, minutesPerQuestion: number): SimulatedChat {
  return simulator.startChat({
    hashtag: plan.hashtag,
    hostUsername: hostHandle,
    questions: plan.questions.map((question) => question.text),
    minutesPerQuestion,
    leadMinutes: LEAD_MINUTES,
    startInMs: Math.max(0, Date.parse(plan.startsAt) - simulator.nowMs()),
    externalHost: true,
  });
}
