// X's access plans as of 2026 (X-API.md "Policy in 2026"). pay-per-use is the self-serve default:
// every billable item costs credits, likes/follows/quote posts are gone, and replies need a summons.
// enterprise allows everything and is not metered.
import type { SandboxPlan } from './options';

/** Prices in millionths of a US dollar per item: X's table, kept in src/shared for core and sandbox alike. */
export { X_PRICES_MICROS as PRICES_MICROS, type XBillableItem as BillableItem } from '../../shared/x-plans';

export const FEATURE_REMOVED_DETAIL =
  'This endpoint is not available on the pay-per-use plan: likes, follows and quote posts were removed from self-serve access on 2026-04-20.';

export interface PlanRules {
  readonly plan: SandboxPlan;
  readonly metered: boolean;
  /** Likes and follows. */
  readonly allowsLikesAndFollows: boolean;
  readonly allowsQuotes: boolean;
  /** Replies only when summoned (mentioned or quoted by the author, or already in the thread). */
  readonly repliesNeedSummons: boolean;
}

export function planRules(plan: SandboxPlan): PlanRules {
  const selfServe = plan === 'pay-per-use';
  return {
    plan,
    metered: selfServe,
    allowsLikesAndFollows: !selfServe,
    allowsQuotes: !selfServe,
    repliesNeedSummons: selfServe,
  };
}
