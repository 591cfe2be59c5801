// The column view (TweetDeck-like): column definitions, the items they show (cached in SQLite),
// their refresh status within the rate budget, the spend meter, and actions on items.
import { z } from 'zod';

export const COLUMN_KINDS = ['home', 'mentions', 'activity', 'search', 'user', 'scheduled', 'drafts', 'sent', 'failed', 'all_mentions'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export interface ColumnFilters {
  text: string | null;
  from: string | null;
  hasMedia: boolean;
  excludeReposts: boolean;
  /** Words that hide an item in this column (the global list is in settings). */
  muteWords: string[];
  /** Posts marked handled leave this column (they come back when marked not handled). */
  hideHandled: boolean;
}

export interface ColumnConfig {
  id: string;
  kind: ColumnKind;
  /** The account it reads as; null for all_mentions (every account). */
  accountId: string | null;
  /** search: the query; user: the handle. */
  query: string | null;
  title: string;
  /** px */
  width: number;
  position: number;
  filters: ColumnFilters;
}

export interface ColumnStatus {
  columnId: string;
  /** When it refreshes next (UTC), null when it does not poll (local columns). */
  nextRefreshAt: string | null;
  lastRefreshedAt: string | null;
  /** Why it waits, in words: "rate limit until 14:05", "offline", "your X plan does not include this". */
  waiting: string | null;
  /** Items that arrived since the user last looked ("N new"). */
  newCount: number;
  /** What it is expected to cost a day, and why (the header's hover). */
  cost: ColumnCost;
}

/**
 * A steady per-day estimate: how often each request the column needs polls (its refresh plan),
 * how many posts arrive on it (observed), and X's price per post read. Zero for local columns.
 */
export interface ColumnCost {
  usdPerDay: number;
  requests: RequestCost[];
  /** Every remote column together, each shared request counted once. */
  allColumnsUsdPerDay: number;
}

export interface RequestCost {
  /** What it reads, in words: "@HorizonsNHS mentions", "search “#nhs” as @x". */
  label: string;
  /** How often it polls now (the rate window, the spend cap). */
  intervalMs: number;
  requestsPerDay: number;
  /** Posts observed arriving on it per day (from the posts' own times), null before any answer. */
  postsPerDay: number | null;
  /** What it can read at most at that pace (a page per poll plus catch-up pages). */
  postsReadPerDay: number;
  billable: 'owned_read' | 'post_read';
  priceUsd: number;
  usdPerDay: number;
  /** The other columns this one request also feeds: it is read (and billed) once for all. */
  sharedWith: string[];
}

export interface ItemAuthorView {
  id: string;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
}

export interface ItemMediaView {
  key: string;
  type: 'photo' | 'animated_gif' | 'video';
  altText: string | null;
  width: number | null;
  height: number | null;
}

/** A link as the network wrapped it (X: a t.co address) and where it really goes. */
export interface ItemLink {
  /** As written in the post's text (https://t.co/…). */
  url: string;
  /** Where it leads (X's entities.urls expanded_url). */
  expandedUrl: string;
  /** X's short form for display (example.org/page…). */
  displayUrl: string;
}

/** Text split into entities for display: never HTML. */
export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'url'; text: string; url: string }
  | { kind: 'mention'; text: string; handle: string }
  | { kind: 'hashtag'; text: string; tag: string };

/** Newest first by time, then by id (X ids grow with time); fixed width so text order works. */
export const itemSortKey = (createdAt: string, id: string): string => `${createdAt}|${id.padStart(20, '0')}`;

export interface ColumnItem {
  /** X post id. */
  id: string;
  /** The account that received it (its colour is shown on the item). */
  accountId: string;
  segments: TextSegment[];
  text: string;
  createdAt: string;
  author: ItemAuthorView;
  conversationId: string;
  replyToId: string | null;
  inReplyToUserId: string | null;
  quoted: { id: string; author: ItemAuthorView; text: string } | null;
  repostOf: { id: string; author: ItemAuthorView } | null;
  media: ItemMediaView[];
  metrics: { likes: number; reposts: number; replies: number; quotes: number } | null;
  /** Local: marked handled by the user. */
  handled: boolean;
  /** What the receiving account did to it through Columns (kept in SQLite, survives a restart). */
  state: ItemState;
  /** What the receiving account may do with it, with reasons when not (X's 2026 rules). */
  allowed: ItemPermissions;
  /**
   * It speaks to the receiving account: its text mentions the account or it replies to it. When
   * false it reached the account another way (a search, a home timeline).
   */
  addressed: boolean;
}

export interface ItemState {
  /** Liked as the receiving account (cleared by unlike). */
  liked: boolean;
  /** Reposted as the receiving account (cleared by undo repost). */
  reposted: boolean;
  /** A reply the receiving account hid in its conversation (cleared by unhide). */
  hidden: boolean;
}

/** Items that nothing has acted on (local items, fresh arrivals). */
export const NO_ITEM_STATE: ItemState = { liked: false, reposted: false, hidden: false };

export interface Permission {
  ok: boolean;
  /** Why not, in words, when !ok. */
  reason: string | null;
}

export interface ItemPermissions {
  reply: Permission;
  quote: Permission;
  like: Permission;
  repost: Permission;
  hide: Permission;
  mute: Permission;
  block: Permission;
  /** Marking it handled (local to Columns); absent means allowed. A post not on X yet has nothing to handle. */
  handled?: Permission;
}

export interface ItemsPage {
  items: ColumnItem[];
  /** For older items; null at the end of the cache. */
  cursor: string | null;
}

export interface SpendSummary {
  accountId: string;
  todayUsd: number;
  monthUsd: number;
}

// --- inputs --------------------------------------------------------------------------------------

const id = z.string().min(1).max(64);

export const columnFiltersSchema = z
  .object({
    text: z.string().max(200).nullable().default(null),
    from: z.string().regex(/^@?\w{1,15}$/).nullable().default(null),
    hasMedia: z.boolean().default(false),
    excludeReposts: z.boolean().default(false),
    muteWords: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
    hideHandled: z.boolean().default(false),
  })
  .strict();

export const columnAddSchema = z
  .object({
    kind: z.enum(COLUMN_KINDS),
    accountId: id.nullable().default(null),
    query: z.string().trim().min(1).max(512).nullable().default(null),
    title: z.string().trim().min(1).max(80).optional(),
  })
  .strict();

export const columnUpdateSchema = z
  .object({
    id,
    title: z.string().trim().min(1).max(80).optional(),
    width: z.number().int().min(240).max(800).optional(),
    filters: columnFiltersSchema.partial().optional(),
  })
  .strict();

export const columnIdSchema = z.object({ id }).strict();
export const columnReorderSchema = z.object({ ids: z.array(id).max(100) }).strict();
export const columnItemsSchema = z.object({ id, cursor: z.string().max(100).optional(), limit: z.number().int().min(1).max(500).default(200) }).strict();

export const ITEM_ACTIONS = ['like', 'unlike', 'repost', 'unrepost', 'hide', 'unhide', 'mute', 'block', 'handled', 'unhandled'] as const;
export type ItemActionName = (typeof ITEM_ACTIONS)[number];
export const itemActSchema = z
  .object({
    accountId: id,
    itemId: z.string().regex(/^\d{1,19}$/),
    action: z.enum(ITEM_ACTIONS),
    /** repost / unrepost: as this connected account (default the receiving one). */
    asAccountId: id.optional(),
    /** "Confirm before posting" accounts the user confirmed for this action (repost, undo repost). */
    confirmedAccountIds: z.array(id).max(20).default([]),
    /** mute: for every connected account of the same kind (training or live). */
    allAccounts: z.boolean().default(false),
  })
  .strict();

export const muteWordsSetSchema = z.object({ words: z.array(z.string().trim().min(1).max(100)).max(500) }).strict();

/** An author an account muted through Columns (their posts are kept out of its columns). */
export interface MutedAuthorView {
  accountId: string;
  authorId: string;
  handle: string;
  /** UTC. */
  mutedAt: string;
}

export const unmuteSchema = z.object({ accountId: id, authorId: z.string().regex(/^\d{1,19}$/) }).strict();

export const priceTableSchema = z.record(z.string().min(1).max(60), z.number().min(0).max(100)).refine((table) => Object.keys(table).length <= 50);
export const spendSettingsSchema = z
  .object({ prices: priceTableSchema.optional(), monthlyCapUsd: z.number().min(0).max(1_000_000).nullable().optional() })
  .strict();

export interface SpendSettings {
  /** USD per item: post_read, user_read, owned_read, post_create, … */
  prices: Record<string, number>;
  monthlyCapUsd: number | null;
}
