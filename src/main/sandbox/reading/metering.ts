// Pay-per-use bills every post a read returns in `data` (includes are free). "Owned reads" —
// the caller's own posts and own mentions — cost less (X-API.md, 2026 pricing).
import type { XCall } from '../http/x-route';
import type { SandboxPost } from '../model';

/**
 * `ownedTimeline`: the whole page is the caller's own (their posts or their mentions). Otherwise
 * only the posts the caller wrote are owned, as GET /2/tweets bills them.
 */
export function meterPostReads(call: XCall, posts: readonly SandboxPost[], ownedTimeline: boolean): void {
  const owned = ownedTimeline ? posts.length : posts.filter((post) => post.authorId === call.caller.user.id).length;
  call.meter('owned_read', owned);
  call.meter('post_read', posts.length - owned);
}
