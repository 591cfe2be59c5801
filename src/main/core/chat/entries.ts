// A chat's kept posts as entries: classified by question and role, flagged by the moderation rules,
// and with what moderation did to each (hidden, handled) kept with the chat. While the item cache has
// a post, its live state is the truth and is copied to the chat; once it has not (the chat's column
// is gone), the kept state stands, so a transcript exported after the chat shows what the host saw.
import type { AccountSummary } from '../../../shared/accounts';
import type { ChatEntry, ModerationWords } from '../../../shared/chat';
import type { ColumnItem } from '../../../shared/columns';
import type { QueuedPost } from '../../../shared/queue';
import type { CachedItem } from '../columns/cached-item';
import type { Columns } from '../columns/handlers';
import { chatContext } from './chat-view';
import { classifyAll } from './classify';
import { moderationRules } from './moderation';
import { snapshotItem } from './snapshot-item';
import type { ChatRecord, ChatsStore } from './store';

export interface ChatEntriesDeps {
  store: ChatsStore;
  accounts(): AccountSummary[];
  columns: Pick<Columns, 'present' | 'mutedBy'>;
  muteWords(): string[];
  moderationWords(): ModerationWords;
  /** A queued post of the plan by id (questions are told by their queue posts). */
  queued(postId: string): QueuedPost | null;
}

export interface EntriesOptions {
  /** Only these posts. */
  only?: ReadonlySet<string>;
  /** The live feed: leaves out authors the host muted. */
  listed?: boolean;
  /** The transcript: each post's flag, mute and deletion for the left-out rule. */
  transcript?: boolean;
}

/**
 * Every kept post of the chat (or only those named), oldest first, classified. The live feed
 * leaves out authors the host muted (`listed`); the transcript keeps everything that happened and
 * reads each post's flag, mute and deletion (`transcript`) for the left-out rule.
 */
export function chatEntries(deps: ChatEntriesDeps, record: ChatRecord, options: EntriesOptions = {}): ChatEntry[] {
  const items = deps.store.posts(record.id);
  const context = chatContext(deps.queued, record, deps.accounts());
  const classified = classifyAll(items, context);
  const rules = moderationRules(deps.moderationWords(), deps.muteWords());
  const mutedBy = deps.columns.mutedBy();
  const muted = options.listed ? mutedBy : () => false;
  const host = record.plan.hostAccountId;
  const kept = deps.store.moderation(record.id);
  const seen: { itemId: string; hidden: boolean; handled: boolean }[] = [];
  const entries = items.flatMap((item, index): ChatEntry[] => {
    if ((options.only && !options.only.has(item.id)) || muted(host, item.author.id)) return [];
    const { question, kind, role } = classified[index] as (typeof classified)[number];
    const live = livePost(deps, host, item);
    const state = kept.get(item.id);
    if (live) seen.push({ itemId: item.id, hidden: live.state.hidden, handled: live.handled });
    const view = live ?? snapshotItem(host, item, state);
    const settled = view.handled || view.state.hidden;
    const flag = rules.flag(item, role);
    const entry: ChatEntry = { item: view, question, kind, role, moderation: settled ? null : flag };
    return [options.transcript ? { ...entry, transcript: { flag, muted: mutedBy(host, item.author.id), deleted: state?.deleted ?? false } } : entry];
  });
  deps.store.keepModeration(record.id, seen);
  return entries;
}

/** Columns changed items (hidden, handled…): chats that kept them keep the new state. */
export function keepChangedItems(store: ChatsStore, items: readonly ColumnItem[]): void {
  for (const chatId of store.chatsWithPosts(items.map((item) => item.id))) {
    const record = store.get(chatId);
    if (!record) continue;
    const mine = items.filter((item) => item.accountId === record.plan.hostAccountId);
    store.keepModeration(chatId, mine.map((item) => ({ itemId: item.id, hidden: item.state.hidden, handled: item.handled })));
  }
}

/** The post as the item cache presents it now, or null once the cache no longer has it. */
function livePost(deps: Pick<ChatEntriesDeps, 'columns'>, accountId: string, item: CachedItem): ColumnItem | null {
  try {
    return deps.columns.present(accountId, item.id);
  } catch {
    return null;
  }
}
