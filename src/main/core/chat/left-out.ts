// The one rule for what the published transcript leaves out, and why: posts the host hid, posts by
// authors the host muted (or with a muted word), spam, abuse, and posts deleted from X. Critical but
// civil posts stay in (NHS guidance: answer legitimate criticism, do not hide it). The report, the
// CSV, the HTML page and the blog fragment all ask here. Pure.
import { LEFT_OUT_REASONS, type ChatEntry, type LeftOutReason } from '../../../shared/chat';

export function leftOutReason(entry: Pick<ChatEntry, 'item' | 'moderation' | 'transcript'>): LeftOutReason | null {
  const { transcript } = entry;
  if (transcript?.deleted) return 'deleted';
  if (entry.item.state.hidden) return 'hidden';
  const flag = transcript ? transcript.flag : entry.moderation;
  if (transcript?.muted || flag?.kind === 'muted') return 'muted';
  if (flag?.kind === 'spam' || flag?.kind === 'abusive') return flag.kind;
  return null;
}

export interface TranscriptSelection {
  /** What the transcript shows, in order: every post, or only those not left out. */
  shown: ChatEntry[];
  leftOut: { reason: LeftOutReason; count: number }[];
}

/** The entries the transcript shows and the counts of those the public version leaves out. */
export function selectForTranscript(entries: readonly ChatEntry[], includeModerated: boolean): TranscriptSelection {
  const counts = new Map<LeftOutReason, number>();
  const kept: ChatEntry[] = [];
  for (const entry of entries) {
    const reason = leftOutReason(entry);
    if (reason !== null) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    if (reason === null || includeModerated) kept.push(entry);
  }
  return { shown: kept, leftOut: LEFT_OUT_REASONS.flatMap((reason) => (counts.has(reason) ? [{ reason, count: counts.get(reason) as number }] : [])) };
}

/** "3 posts left out: 2 hidden, 1 spam" (or null when none are). */
export function leftOutSentence(leftOut: readonly { reason: LeftOutReason; count: number }[], included: boolean): string | null {
  const total = leftOut.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) return null;
  const parts = leftOut.map((row) => `${row.count} ${row.reason}`).join(', ');
  const posts = total === 1 ? 'post' : 'posts';
  return included ? `${total} moderated ${posts} included and marked: ${parts}.` : `${total} ${posts} left out: ${parts}.`;
}
