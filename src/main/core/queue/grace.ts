// When a post may still go out late. A post whose time passed while the app was closed, asleep or
// offline is published late only inside its grace window; beyond it, it is missed and held for the
// person to decide (DESIGN rule 4). Grace is per post, 15 minutes unless the person says otherwise.
// Exactly at the end of the window still counts as on time (the scheduler holds what is strictly past
// missed_after, PostsRepository.pastGrace).
export const MINUTE_MS = 60_000;

export function missedAfter(dueAtIso: string, graceMinutes: number): string {
  return new Date(Date.parse(dueAtIso) + graceMinutes * MINUTE_MS).toISOString();
}

/**
 * "Post now" (at creation or on a held post) is the person asking at that moment: a grace of 0
 * must not make it missed because the network took a second. It gets at least this long.
 */
export const POST_NOW_GRACE_MINUTES = 15;
