// The full seed: the community, who follows whom, and about two and a half days of history —
// everyday posts, mentions of and replies to the corporate accounts, reposts, likes and one past
// #Improve4Patients chat. It runs the live machinery (writer, scheduler, chat) on a private clock
// set in the past, with ids drawn for those past moments, so history reads exactly like a live
// session did and every id still sorts by created_at. A fixed PRNG seed makes it identical each time.
import { createSandboxClock } from '../clock';
import type { SandboxPost, SandboxUser } from '../model';
import { snowflakeAt } from '../store/ids';
import type { SandboxWorld } from '../world';
import { startChat } from './chat';
import { COMMUNITY, TROUBLEMAKERS } from './community';
import { communityPostText, communityReplyText, corporatePostTexts, mentionText, replyToCorporateText } from './community-texts';
import { createRng, type Rng } from './random';
import { createScheduler, type Scheduler } from './scheduler';
import { createPostWriter, ensureCommunity, type PostWriter } from './writer';

const HOUR = 3_600_000;
/** How far back the history starts, and how close to "now" it stops. */
const HISTORY_MS = 60 * HOUR;
const QUIET_TAIL_MS = 10 * 60_000;
const HISTORY_SEED = 20_261_125;

const PAST_CHAT_QUESTIONS = [
  'What does "quality improvement" mean to you in one sentence?',
  'What is the smallest change that made the biggest difference in your service?',
  'How do you involve patients and carers from the very start?',
];

interface Cast {
  horizons: SandboxUser;
  school: SandboxUser;
  sam: SandboxUser;
  community: SandboxUser[];
}

function seedFollows(writer: PostWriter, rng: Rng, cast: Cast): void {
  const { horizons, school, sam, community } = cast;
  for (const member of community) {
    if (rng.chance(0.9)) writer.follow(member, horizons);
    if (rng.chance(0.75)) writer.follow(member, school);
    for (const other of rng.sample(community, rng.int(3, 8))) if (other.id !== member.id) writer.follow(member, other);
  }
  writer.follow(sam, horizons);
  writer.follow(sam, school);
  for (const other of rng.sample(community, 15)) writer.follow(sam, other);
  for (const other of rng.sample(community, 20)) writer.follow(horizons, other);
  for (const other of rng.sample(community, 12)) writer.follow(school, other);
  writer.follow(writer.user(TROUBLEMAKERS.spammer.username), horizons);
}

/** Reactions to a post once it exists: likes now, replies and reposts over the next hours. */
function react(ctx: { writer: PostWriter; scheduler: Scheduler; rng: Rng; cast: Cast; end: number }, post: SandboxPost, corporate: boolean, depth: number): void {
  const { writer, scheduler, rng, cast, end } = ctx;
  for (const liker of rng.sample(cast.community, corporate ? rng.int(3, 12) : rng.int(0, 4))) writer.like(liker, post);
  const later = (maxMs: number): number => Math.min(end, writer.now() + 60_000 + rng.next() * maxMs);
  const replies = corporate ? rng.int(2, 5) : depth === 0 && rng.chance(0.4) ? rng.int(1, 2) : depth < 2 && rng.chance(0.2) ? 1 : 0;
  for (let i = 0; i < replies; i++) {
    const author = rng.pick(cast.community);
    scheduler.schedule({
      at: later(3 * HOUR),
      owner: 'history',
      run: () => {
        if (author.id === post.authorId) return;
        const reply = writer.reply(author, post, corporate ? replyToCorporateText(rng) : communityReplyText(rng));
        if (reply) react(ctx, reply, false, depth + 1);
      },
    });
  }
  const reposts = corporate ? rng.int(1, 3) : depth === 0 && rng.chance(0.06) ? 1 : 0;
  for (const reposter of rng.sample(cast.community, reposts)) {
    scheduler.schedule({ at: later(6 * HOUR), owner: 'history', run: () => void writer.repost(reposter, post) });
  }
}

/** Adds the community and its history; the core accounts must already exist. */
export function seedHistory(world: SandboxWorld, nowMs: number): void {
  ensureCommunity(world);
  const start = nowMs - HISTORY_MS;
  const end = nowMs - QUIET_TAIL_MS;
  const clock = createSandboxClock(() => start);
  let sequence = 0;
  const writer = createPostWriter(world, { nowMs: () => clock.nowMs(), nextId: () => snowflakeAt(clock.nowMs(), sequence++) }, 'seed');
  const scheduler = createScheduler(clock);
  const rng = createRng(HISTORY_SEED);
  const cast: Cast = {
    horizons: writer.user('HorizonsNHS'),
    school: writer.user('Sch4Change'),
    sam: writer.user('sam_comms'),
    community: COMMUNITY.map((member) => writer.user(member.username)),
  };
  const ctx = { writer, scheduler, rng, cast, end };
  seedFollows(writer, rng, cast);

  const span = end - start;
  const at = (time: number, author: SandboxUser, text: () => string, corporate: boolean): void =>
    scheduler.schedule({
      at: time,
      owner: 'history',
      run: () => {
        const post = writer.original(author, text());
        if (post) react(ctx, post, corporate, 0);
      },
    });
  for (const [account, texts] of [
    [cast.horizons, corporatePostTexts('HorizonsNHS')],
    [cast.school, corporatePostTexts('Sch4Change')],
  ] as const) {
    texts.forEach((text, index) => at(start + ((index + 0.2 + rng.next() * 0.6) / texts.length) * span, account, () => text, true));
  }
  at(start + 0.1 * span, cast.sam, () => 'First week as comms lead at NHS Horizons. So much to learn! #NHS', false);
  at(start + 0.7 * span, cast.sam, () => 'Anyone got tips for running a tweet chat? Asking for a friend (me) #Improve4Patients', false);
  for (let i = 0; i < 110; i++) at(start + rng.next() * span, rng.pick(cast.community), () => communityPostText(rng), false);
  for (let i = 0; i < 40; i++) {
    const target = rng.chance(0.6) ? cast.horizons : cast.school;
    at(start + rng.next() * span, rng.pick(cast.community), () => mentionText(rng, target.username), false);
  }
  // One earlier chat, about two days ago, run by the same machinery as a live one.
  startChat(
    { writer, scheduler, id: 'history-chat' },
    { hashtag: '#Improve4Patients', hostUsername: 'HorizonsNHS', questions: PAST_CHAT_QUESTIONS, minutesPerQuestion: 10, postsPerHour: 150, seed: 7, startInMs: 14 * HOUR },
  );
  scheduler.advance(end - start);
  scheduler.clear();
}
