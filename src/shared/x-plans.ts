// X's API plans, as plain values: the renderer imports them without pulling in zod.

/**
 * The X API plan the user's developer app is on. Pay-per-use (self-serve, the default since
 * February 2026) has no likes, follows or quote posts since 20 April 2026; enterprise has them.
 */
export const X_API_PLANS = ['pay-per-use', 'enterprise'] as const;
export type XApiPlan = (typeof X_API_PLANS)[number];
