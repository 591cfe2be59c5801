// From the composer's state to one `queue.create` call, and from the core's answer (an
// invalid_input naming a field) back to the control it is about.
import type { MethodInput } from '../../../shared/contract';
import type { When } from '../../../shared/queue';
import { partsOf, threadIdFor, type ComposerState } from './composer-state';
import { postIdOf } from './post-reference';
import { slotId } from './slots';

export type CreateInput = MethodInput<'queue.create'>;

export function buildCreateInput(state: ComposerState, when: When, confirmedAccountIds: readonly string[]): CreateInput {
  return {
    posts: state.accountIds.map((accountId) => ({
      accountId,
      parts: partsOf(state, threadIdFor(state, accountId)).map((part) => ({ text: part.text, mediaIds: part.media.map((item) => item.ref.id) })),
    })),
    replyToId: postIdOf(state.replyTo),
    quoteOfId: postIdOf(state.quoteOf),
    when,
    graceMinutes: state.schedule.graceMinutes,
    confirmedAccountIds: [...confirmedAccountIds],
  };
}

/** Where an error is shown: a part (by slot id), one of the composer's fields, or the form as a whole. */
export type ErrorTarget = { kind: 'slot'; slot: string } | { kind: 'field'; field: 'replyTo' | 'quoteOf' | 'schedule' | 'grace' | 'accounts' } | { kind: 'form' };

/** The control a core field path such as `posts.1.parts.0.text` or `when.dueAt` is about. */
export function errorTargetOf(field: string, state: ComposerState): ErrorTarget {
  const [head, ...rest] = field.split('.');
  switch (head) {
    case 'replyToId':
      return { kind: 'field', field: 'replyTo' };
    case 'quoteOfId':
      return { kind: 'field', field: 'quoteOf' };
    case 'when':
      return { kind: 'field', field: 'schedule' };
    case 'graceMinutes':
      return { kind: 'field', field: 'grace' };
    case 'confirmedAccountIds':
      return { kind: 'field', field: 'accounts' };
    case 'posts': {
      const accountId = state.accountIds[Number(rest[0])];
      if (accountId === undefined || rest[1] !== 'parts') return { kind: 'field', field: 'accounts' };
      const thread = threadIdFor(state, accountId);
      const part = partsOf(state, thread)[Number(rest[2])];
      return part ? { kind: 'slot', slot: slotId(thread, part.key) } : { kind: 'form' };
    }
    default:
      return { kind: 'form' };
  }
}
