// What the composer is for, in its title and on the corporate confirmation: a new post, or a reply
// to / quote of a post (named by its author when the composer was opened from that post).

/** The part of ComposerDialog's `start` that names the post (kept here so this stays DOM-free). */
interface ComposerStart {
  replyTo?: string;
  quoteOf?: string;
  authorHandle?: string;
}

export interface ReferenceIds {
  replyTo: string;
  quoteOf: string;
}

function authorOf(id: string, startId: string | undefined, start: ComposerStart | undefined): string | null {
  return start?.authorHandle && startId === id ? `@${start.authorHandle}` : null;
}

/** "Reply to @nurse_jo", "Quote @nurse_jo", or "New post"; the ids the user typed win over the start. */
export function composerTitle(fields: ReferenceIds, start?: ComposerStart): string {
  const replyTo = fields.replyTo.trim();
  const quoteOf = fields.quoteOf.trim();
  if (replyTo) return `Reply to ${authorOf(replyTo, start?.replyTo, start) ?? 'a post'}`;
  if (quoteOf) return `Quote ${authorOf(quoteOf, start?.quoteOf, start) ?? 'a post'}`;
  return 'New post';
}

/** For the confirmation's lead: "a reply to @nurse_jo", or null for a new post. */
export function referenceSentence(fields: ReferenceIds, start?: ComposerStart): string | null {
  const title = composerTitle(fields, start);
  if (title === 'New post') return null;
  return title.startsWith('Reply') ? `This is a reply to ${title.slice('Reply to '.length)}.` : `This quotes ${title.slice('Quote '.length)}.`;
}
