// What is checked inline before anything is published or scheduled. Blocking checks stop it (an
// image without alt text from an account that requires it, a post too long or empty); warnings
// only advise (alt text elsewhere, hashtags that screen readers cannot split into words).
import type { AccountSummary } from '../../../shared/accounts';
import type { Measured } from '../../../shared/compose';
import { canPostTogether, MIXED_SELECTION_MESSAGE } from '../accounts/posting-mix';
import { partsOf, sharedInUse, threadIdFor, threadKey, type ComposerState, type ThreadId } from './composer-state';
import { hashtagAdvice } from './hashtag-case';
import { takesAltText } from './media-limits';
import { parsePostReference } from './post-reference';
import { slotId } from './slots';

export interface CheckFix {
  label: string;
  thread: ThreadId;
  partKey: string;
  original: string;
  suggestion: string;
}

export interface Check {
  id: string;
  severity: 'blocking' | 'warning';
  message: string;
  /** The part it is about, if any. */
  slot?: string;
  fix?: CheckFix;
}

interface ThreadUse {
  thread: ThreadId;
  accounts: AccountSummary[];
}

/** Each thread that will be posted, with the accounts posting it. */
export function threadsInUse(state: ComposerState, chosen: readonly AccountSummary[]): ThreadUse[] {
  const uses = new Map<string, ThreadUse>();
  for (const account of chosen) {
    const thread = threadIdFor(state, account.id);
    const key = threadKey(thread);
    const use = uses.get(key) ?? { thread, accounts: [] };
    use.accounts.push(account);
    uses.set(key, use);
  }
  return [...uses.values()];
}

const handles = (accounts: readonly AccountSummary[]): string => accounts.map((account) => `@${account.handle}`).join(', ');

function partName(index: number, count: number, accounts: readonly AccountSummary[], shared: boolean): string {
  const where = shared ? '' : ` for ${handles(accounts)}`;
  return count > 1 ? `Part ${index + 1}${where}` : `The post${where}`;
}

export function composerChecks(state: ComposerState, chosen: readonly AccountSummary[], measured: Readonly<Record<string, Measured>>): Check[] {
  const checks: Check[] = [];
  if (chosen.length === 0) checks.push({ id: 'no-account', severity: 'blocking', message: 'Choose at least one account to post as.' });
  if (!canPostTogether(chosen)) checks.push({ id: 'mixed', severity: 'blocking', message: MIXED_SELECTION_MESSAGE });
  for (const field of ['replyTo', 'quoteOf'] as const) {
    const reference = parsePostReference(state[field]);
    if (reference.kind === 'invalid') {
      checks.push({ id: field, severity: 'blocking', message: `${field === 'replyTo' ? 'Reply to' : 'Quote'}: ${reference.message}` });
    }
  }

  const uses = chosen.length > 0 ? threadsInUse(state, chosen) : sharedInUse(state) ? [{ thread: 'shared' as const, accounts: [] }] : [];
  for (const { thread, accounts } of uses) {
    const parts = partsOf(state, thread);
    const shared = thread === 'shared';
    parts.forEach((part, index) => {
      const slot = slotId(thread, part.key);
      const name = partName(index, parts.length, accounts, shared);
      if (part.text.trim() === '' && part.media.length === 0) {
        checks.push({ id: `${slot}:empty`, severity: 'blocking', slot, message: `${name} is empty. Write something or remove it.` });
      }
      const length = measured[slot];
      if (length && !length.valid && length.weightedLength > length.max) {
        checks.push({
          id: `${slot}:long`,
          severity: 'blocking',
          slot,
          message: `${name} is ${length.weightedLength - length.max} characters over X's limit of ${length.max}.`,
        });
      }
      part.media.forEach((item, mediaIndex) => {
        if (!takesAltText(item.ref.kind) || (item.ref.altText ?? '').trim() !== '') return;
        const requiring = accounts.filter((account) => account.requireAltText);
        const what = `${name}: ${item.ref.kind === 'animated_gif' ? 'the GIF' : `image ${mediaIndex + 1}`} (${item.ref.name}) has no alt text`;
        checks.push(
          requiring.length > 0
            ? { id: `${slot}:alt:${item.ref.id}`, severity: 'blocking', slot, message: `${what}. ${handles(requiring)} requires alt text: describe the image for people who cannot see it.` }
            : { id: `${slot}:alt:${item.ref.id}`, severity: 'warning', slot, message: `${what}. Describe it for people who cannot see it.` },
        );
      });
      for (const tag of hashtagAdvice(name, part.text)) {
        checks.push({
          id: `${slot}:tag:${tag.original}`,
          severity: 'warning',
          slot,
          message: tag.message,
          fix: { label: tag.label, thread, partKey: part.key, original: tag.original, suggestion: tag.suggestion },
        });
      }
    });
  }
  return checks;
}

export function isBlocked(checks: readonly Check[]): boolean {
  return checks.some((check) => check.severity === 'blocking');
}
