// X's limits on a post's text, as plain values (core's measuring and the sandbox's checks).

/** X's weighted length limit (twitter-text v3: URLs 23, most CJK and emoji 2). */
export const X_MAX_WEIGHTED_LENGTH = 280;
