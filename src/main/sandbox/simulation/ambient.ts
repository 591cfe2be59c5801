// Background life: community members mention the corporate accounts, reply to their recent posts
// and like them, a few times an hour, so a trainee's mentions and home columns keep moving.
import { z } from 'zod';
import type { SandboxPost, SandboxUser } from '../model';
import { COMMUNITY } from './community';
import { mentionText, replyToCorporateText } from './community-texts';
import { createRng, seedFrom } from './random';
import type { Scheduler } from './scheduler';
import type { PostWriter } from './writer';

export const ambientPlanSchema = z
  .object({
    /** Posts an hour across all targets. */
    perHour: z.number().min(0.1).max(600).default(6),
    /** Accounts to mention and reply to; the corporate accounts by default. */
    targets: z.array(z.string().regex(/^@?\w{1,15}$/)).min(1).max(10).optional(),
    seed: z.number().int().optional(),
  })
  .strict();
export type AmbientPlanInput = z.input<typeof ambientPlanSchema>;

export interface AmbientRun {
  readonly id: string;
  postIds(): string[];
  likeCount(): number;
  stop(): void;
  active(): boolean;
}

export function startAmbient(env: { writer: PostWriter; scheduler: Scheduler; id: string }, input: AmbientPlanInput = {}): AmbientRun {
  const plan = ambientPlanSchema.parse(input);
  const { writer, scheduler, id } = env;
  const world = writer.world;
  const targets: SandboxUser[] = plan.targets
    ? plan.targets.map((name) => writer.user(name.replace(/^@/, '')))
    : world.users.all().filter((user) => user.kind === 'corporate');
  if (targets.length === 0) throw new Error('No accounts for ambient activity to mention');
  const people = COMMUNITY.map((member) => writer.user(member.username));
  const rng = createRng(plan.seed ?? seedFrom(`ambient/${id}`));
  const posts: SandboxPost[] = [];
  let likes = 0;
  let active = true;

  const recentPostsBy = (target: SandboxUser): SandboxPost[] =>
    world.posts.page('author_id = @authorId AND repost_of_id IS NULL AND in_reply_to_post_id IS NULL', { authorId: target.id }, { limit: 5 });

  const act = (): void => {
    const actor = rng.pick(people);
    const target = rng.pick(targets);
    const recent = recentPostsBy(target);
    const post =
      recent.length > 0 && rng.chance(0.4)
        ? writer.reply(actor, rng.pick(recent), replyToCorporateText(rng))
        : writer.original(actor, mentionText(rng, target.username));
    if (post) posts.push(post);
    if (recent.length > 0 && rng.chance(0.5) && writer.like(rng.pick(people), rng.pick(recent))) likes++;
  };

  const next = (from: number): void => {
    const at = from + (3_600_000 / plan.perHour) * (0.5 + rng.next());
    scheduler.schedule({
      at,
      owner: id,
      run: () => {
        act();
        next(at);
      },
    });
  };
  next(writer.now());

  return {
    id,
    postIds: () => posts.map((post) => post.id),
    likeCount: () => likes,
    active: () => active,
    stop() {
      scheduler.cancel(id);
      active = false;
    },
  };
}
