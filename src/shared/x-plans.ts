// X's API plans, as plain values: the renderer imports them without pulling in zod.

/**
 * The X API plan the user's developer app is on. Pay-per-use (self-serve, the default since
 * February 2026) has no likes, follows or quote posts since 20 April 2026; enterprise has them.
 */
export const X_API_PLANS = ['pay-per-use', 'enterprise'] as const;
export type XApiPlan = (typeof X_API_PLANS)[number];

/**
 * X's pay-per-use prices (X-API.md "Policy in 2026"), millionths of a US dollar per item. Core's
 * spend meter and estimates and the sandbox's meter both read this one table.
 */
export const X_PRICES_MICROS = {
  /** Create a post. */
  post_create: 15_000,
  /** Create a post that carries a URL. */
  post_create_url: 200_000,
  /** A reply the replied-to author summoned. */
  reply_summoned: 10_000,
  /** Each post returned by a read. */
  post_read: 5_000,
  /** Each user returned by a read. */
  user_read: 10_000,
  /** Each post read from the caller's own timeline or mentions. */
  owned_read: 1_000,
} as const;

export type XBillableItem = keyof typeof X_PRICES_MICROS;
