// Requests that should not read yet: every column they feed is dormant (a scheduled chat's column
// until 15 minutes before the chat). Until then a request is not polled and costs nothing in the
// spend estimates; it reads as soon as one of its columns is awake.

/** Columns that should not read yet: until when, and why in words (or null). */
export type DormantFor = (columnIds: readonly string[]) => { until: number; why: string } | null;

/** When a request feeding these columns may read, or null: it reads now. */
export function dormantRequest(dormantFor: DormantFor | undefined, columnIds: readonly string[], now: number): { until: number; why: string } | null {
  const dormant = dormantFor?.(columnIds) ?? null;
  return dormant && dormant.until > now ? dormant : null;
}
