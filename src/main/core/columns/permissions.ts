// What the receiving account may do with an item under X's 2026 rules, with the reason when not.
import type { XApiPlan } from '../../../shared/accounts';
import type { ItemPermissions, Permission } from '../../../shared/columns';

export const REASONS = {
  replyNotSummoned:
    'Since February 2026 X lets an account reply only when the author mentioned or quoted it, or it is already in the thread.',
  block: 'X removed blocking from its API: open the profile on x.com.',
  /** Training people are simulated: no profile on x.com to block them from. */
  blockTraining: 'X removed blocking from its API; on X you would block from the person’s profile (training: this person is simulated).',
  hideNotOwner: 'Only the account that started the conversation can hide replies in it.',
  hideOwn: 'This is the account’s own post.',
  muteSelf: 'An account cannot mute itself.',
  local: 'Not on X yet.',
  /** Also X's words when it refuses a like on a plan and says nothing more. */
  planExcludesLikes: 'Your X plan does not include likes and quotes (removed from self-serve access in April 2026).',
} as const;

export interface PermissionFacts {
  /** The receiving account's X user id and handle. */
  ownUserId: string;
  ownHandle: string;
  authorId: string;
  /** Lower-cased handles the item's text mentions. */
  mentions: string[];
  /** The author of the post the item quotes, when it quotes one. */
  quotedAuthorId: string | null;
  inReplyToUserId: string | null;
  /** Who started the item's conversation, when known. */
  conversationRootAuthorId: string | null;
  /** The plan the account acts under: pay-per-use has no likes or quotes. */
  plan: XApiPlan;
  /** Set when an earlier like was refused because the account's plan excludes it (a plan set wrongly). */
  likesExcludedReason: string | null;
  /** A training account: its people are simulated, nothing of theirs is on x.com. */
  training?: boolean;
}

const yes: Permission = { ok: true, reason: null };
const no = (reason: string): Permission => ({ ok: false, reason });

export function itemPermissions(facts: PermissionFacts): ItemPermissions {
  const own = facts.authorId === facts.ownUserId;
  const summoned =
    own ||
    facts.mentions.includes(facts.ownHandle.toLowerCase()) ||
    facts.quotedAuthorId === facts.ownUserId ||
    facts.inReplyToUserId === facts.ownUserId ||
    facts.conversationRootAuthorId === facts.ownUserId;
  const ownsConversation = facts.conversationRootAuthorId === facts.ownUserId;
  const likesExcluded = facts.plan === 'pay-per-use' ? REASONS.planExcludesLikes : facts.likesExcludedReason;
  return {
    reply: summoned ? yes : no(REASONS.replyNotSummoned),
    quote: likesExcluded ? no(likesExcluded) : yes,
    like: likesExcluded ? no(likesExcluded) : yes,
    repost: yes,
    hide: own ? no(REASONS.hideOwn) : ownsConversation ? yes : no(REASONS.hideNotOwner),
    mute: own ? no(REASONS.muteSelf) : yes,
    block: no(facts.training ? REASONS.blockTraining : REASONS.block),
  };
}

/** Local items (queue): nothing acts on X until they are posted. */
export function localPermissions(): ItemPermissions {
  const local = no(REASONS.local);
  return { reply: local, quote: local, like: local, repost: local, hide: local, mute: local, block: no(REASONS.block), handled: local };
}
