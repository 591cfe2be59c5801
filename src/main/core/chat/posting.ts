// Posting now from a chat: the hashtag once, X's reply and quote rules with their reasons, and the
// corporate confirmation, or the host's "don't ask again for this chat" grant instead. A grant
// confirms one account for this chat's posts only and is decided here, never by the renderer; under
// it the audit trail still gets its row, saying the post went without asking.
import type { AccountSummary } from '../../../shared/accounts';
import { CHAT_GRACE_MINUTES, withHashtag } from '../../../shared/chat';
import type { ColumnItem } from '../../../shared/columns';
import type { QueuedPost } from '../../../shared/queue';
import type { Clock } from '../clock';
import type { Columns } from '../columns/handlers';
import type { ChatPostingGrants } from '../confirmations/grants';
import type { Confirmations } from '../confirmations/service';
import { AppError } from '../errors';
import type { QueueService } from '../queue/service';
import { chatEnd } from './plan-window';
import type { ChatRecord } from './store';

export interface ChatPostingDeps {
  clock: Clock;
  accounts(): AccountSummary[];
  queue: QueueService;
  confirmations: Confirmations;
  columns: Pick<Columns, 'present'>;
  grants: ChatPostingGrants;
}

export interface ChatPostInput {
  accountId: string;
  text: string;
  replyToId: string | null;
  quoteOfId: string | null;
  confirmedAccountIds: string[];
  dontAskAgain: boolean;
}

const invalid = (message: string): AppError => new AppError('invalid_input', message);

/** Queues the post now; answers it and whether a new grant changed the chat. */
export function postToChat(deps: ChatPostingDeps, record: ChatRecord, input: ChatPostInput): { post: QueuedPost; granted: boolean } {
  const now = deps.clock.now();
  const author = deps.accounts().find((account) => account.id === input.accountId);
  const open = record.state === 'scheduled' || record.state === 'live';
  const granted = open && author !== undefined && deps.grants.covers(author.network, author.id, record.id, now);
  const grantPass = granted ? deps.confirmations.open('chat_post', [author], [author.id]) : null;
  const text = withHashtag(input.text, record.plan.hashtag);
  for (const [referenceId, action] of [
    [input.replyToId, 'reply'],
    [input.quoteOfId, 'quote'],
  ] as const) {
    if (referenceId === null) continue;
    let item: ColumnItem;
    try {
      item = deps.columns.present(input.accountId, referenceId);
    } catch {
      throw invalid(`That post was not received by this account, so it cannot ${action} to it from here.`);
    }
    if (!item.allowed[action].ok) throw invalid(item.allowed[action].reason ?? `X does not allow this ${action}.`);
  }
  const [post] = deps.queue.create({
    posts: [{ accountId: input.accountId, parts: [{ text, mediaIds: [] }] }],
    replyToId: input.replyToId,
    quoteOfId: input.quoteOfId,
    when: { kind: 'now' },
    graceMinutes: CHAT_GRACE_MINUTES,
    confirmedAccountIds: input.confirmedAccountIds,
  }, grantPass ? { pass: grantPass } : { path: 'chat_post' });
  if (!post) throw new AppError('internal', 'The post was not queued.');
  grantPass?.record(`posted now without asking (don't ask again for chat ${record.plan.hashtag}): “${text.slice(0, 80)}”`);
  const asks = author !== undefined && deps.confirmations.required([author.id]).length > 0;
  if (input.dontAskAgain && open && !granted && asks && input.confirmedAccountIds.includes(author.id)) {
    deps.grants.grant({ network: author.network, accountId: author.id, chatId: record.id, expiresAt: chatEnd(record.plan), now });
    return { post, granted: true };
  }
  return { post, granted: false };
}
