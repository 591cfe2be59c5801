// The one list of what the renderer may ask of the core (DESIGN rule 2). Every method has a zod
// schema for its input and a result type; every event has a payload type. Main, the preload
// bridge, the browser bridge and the renderer's `api` client are all derived from this object.
import { z } from 'zod';
import {
  accountRemoveSchema,
  accountUpdateSchema,
  connectCancelSchema,
  connectStartSchema,
  xAppUpdateSchema,
  type AccountSummary,
  type ConnectProgress,
  type VaultStatus,
  type XAppSettings,
} from './accounts';
import {
  columnAddSchema,
  columnIdSchema,
  columnItemsSchema,
  columnReorderSchema,
  columnUpdateSchema,
  itemActSchema,
  muteWordsSetSchema,
  unmuteSchema,
  type MutedAuthorView,
  spendSettingsSchema,
  type ColumnConfig,
  type ColumnItem,
  type ColumnStatus,
  type ItemsPage,
  type SpendSettings,
  type SpendSummary,
} from './columns';
import {
  chatExportSchema,
  chatReportSchema,
  chatIdSchema,
  chatRehearseSchema,
  moderationWordsSetSchema,
  chatPostSchema,
  chatRevokeGrantSchema,
  chatPracticeSchema,
  chatSaveSchema,
  chatScheduleSchema,
  chatTemplateSaveSchema,
  type Chat,
  type ChatEntry,
  type ChatFeed,
  type ChatReport,
  type ChatSummary,
  type ChatTemplate,
  type ModerationWordsView,
} from './chat';
import { mediaAddSchema, mediaAltSchema, mediaPreviewSchema, measureSchema, unsavedSaveSchema, unsavedScopeInputSchema, type Measured, type UnsavedText } from './compose';
import {
  queueActionSchema,
  queueCreateSchema,
  queueEditSchema,
  queueHistorySchema,
  queueListSchema,
  queuePreviewSchema,
  queueRescheduleSchema,
  type MediaRef,
  type PublisherStatus,
  type QueueAttention,
  type QueuedPost,
  type QueueSlotPreview,
  type QueueTransition,
} from './queue';
import {
  csvImportSchema,
  icsExportSchema,
  queueSlotsGetSchema,
  queueSlotsSetSchema,
  queueSlotsOpenSchema,
  type OpenQueueSlot,
  resolveLocalSchema,
  type CsvImportReport,
  type CsvTemplate,
  type QueueSlot,
  type ResolvedLocal,
} from './schedule';
import { confirmationsListSchema, confirmationsRequiredSchema, postChecksSchema, type ConfirmationNeed, type ConfirmationRecord, type PostFinding } from './guard';
import type { OrganisationView } from './organisation';
import { organisationExportSchema } from './organisation-schema';
import type { Settings } from './settings';
import { settingsPatchSchema } from './settings-schema';

export interface Notice {
  /** revoke_failed: an account was removed but X could not be told to revoke its sign-in. */
  /** organisation_refused: the organisation file on disk did not validate; the last good one stays in force. */
  code: 'database_moved_aside' | 'revoke_failed' | 'organisation_refused';
  message: string;
  /** UTC instant, ISO 8601. */
  at: string;
}

export interface AppInfo {
  name: string;
  version: string;
  dataDir: string;
  mode: 'electron' | 'browser';
  platform: string;
  notices: Notice[];
  /** Core's clock: its speed (1 unless COLUMNS_CLOCK_SPEED runs it fast) and its time when asked. */
  clock: { speed: number; nowMs: number };
}

/** The in-process X sandbox used for training mode (DESIGN rule 5). */
export interface TrainingStatus {
  running: boolean;
  /** https://127.0.0.1:PORT while running. */
  url: string | null;
}

const noInput = z.object({}).strict();

/** Declares a method: its input schema now, its result type through the type parameter. */
function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });
}

/** Declares an event by its payload type. */
function event<Payload>() {
  return { payload: undefined as unknown as Payload };
}

export const contract = {
  methods: {
    'app.info': method<AppInfo>()(noInput),
    'settings.get': method<Settings>()(noInput),
    'settings.update': method<Settings>()(settingsPatchSchema),
    'accounts.list': method<AccountSummary[]>()(noInput),
    /** Starts "Add account" (or a reconnect): PKCE in the system browser, caught on 127.0.0.1. */
    'accounts.connect': method<ConnectProgress>()(connectStartSchema),
    'accounts.cancelConnect': method<ConnectProgress>()(connectCancelSchema),
    'accounts.update': method<AccountSummary>()(accountUpdateSchema),
    /** Revokes the token, deletes the keychain entries, keeps or deletes queued posts. */
    'accounts.remove': method<AccountSummary[]>()(accountRemoveSchema),
    'xApp.get': method<XAppSettings>()(noInput),
    'xApp.update': method<XAppSettings>()(xAppUpdateSchema),
    'vault.status': method<VaultStatus>()(noInput),
    /** The organisation file in force (where it was found, its values, its locks) and why one was refused. */
    'organisation.get': method<OrganisationView>()(noInput),
    /** The current set-up as an organisation file for a colleague (no secrets, live accounts only). */
    'organisation.export': method<{ filename: string; mimeType: string; content: string }>()(organisationExportSchema),
    'training.status': method<TrainingStatus>()(noInput),
    'training.start': method<TrainingStatus>()(noInput),
    /** Starts the training sandbox and connects its corporate and personal accounts (PKCE, core approving). */
    'training.connect': method<AccountSummary[]>()(noInput),
    /** Reconnects every training account whose sign-in is lost, in one go; answers with all accounts. */
    'training.reconnect': method<AccountSummary[]>()(noInput),

    // Composer
    'compose.measure': method<Measured[]>()(measureSchema),
    'media.add': method<MediaRef>()(mediaAddSchema),
    'media.setAltText': method<MediaRef>()(mediaAltSchema),
    /** An image's bytes as a data URL for its thumbnail (null for a video). */
    'media.preview': method<{ dataUrl: string | null }>()(mediaPreviewSchema),
    /** What is being typed and not yet saved, one per place of writing (a draft is a queue post). */
    'unsaved.get': method<UnsavedText | null>()(unsavedScopeInputSchema),
    'unsaved.save': method<UnsavedText>()(unsavedSaveSchema),
    'unsaved.clear': method<{ cleared: boolean }>()(unsavedScopeInputSchema),

    // Scheduling
    'schedule.resolveLocal': method<ResolvedLocal>()(resolveLocalSchema),
    'queueSlots.get': method<QueueSlot[]>()(queueSlotsGetSchema),
    'queueSlots.set': method<QueueSlot[]>()(queueSlotsSetSchema),
    /** Open queue slots (not yet taken by a post) in a range, per account, for the calendars. */
    'queueSlots.open': method<OpenQueueSlot[]>()(queueSlotsOpenSchema),
    'schedule.exportIcs': method<{ filename: string; ics: string }>()(icsExportSchema),
    'schedule.importCsv': method<CsvImportReport>()(csvImportSchema),
    /** The CSV header and one example row in the user's date format, for the import dialog's "Download template". */
    'schedule.csvTemplate': method<CsvTemplate>()(noInput),

    // The queue
    'queue.create': method<QueuedPost[]>()(queueCreateSchema),
    'queue.list': method<QueuedPost[]>()(queueListSchema),
    'queue.edit': method<QueuedPost>()(queueEditSchema),
    'queue.reschedule': method<QueuedPost>()(queueRescheduleSchema),
    'queue.act': method<QueuedPost | null>()(queueActionSchema),
    'queue.history': method<QueueTransition[]>()(queueHistorySchema),
    'queue.attention': method<QueueAttention>()(noInput),
    /** Which process publishes this data folder's queue (the app's engine, or a headless publisher here). */
    'queue.publisher': method<PublisherStatus>()(noInput),
    'queue.previewSlots': method<QueueSlotPreview[]>()(queuePreviewSchema),

    // Guards on every publishing path (issue 11): core decides and records corporate confirmations.
    /** Which of these accounts ask for the large-type confirmation before they act. */
    'confirmations.required': method<ConfirmationNeed[]>()(confirmationsRequiredSchema),
    /** The audit trail: confirmations given, newest first. */
    'confirmations.list': method<ConfirmationRecord[]>()(confirmationsListSchema),
    /** What the post checks find in posts about to go out together (advice and must-fix). */
    'postChecks.run': method<PostFinding[]>()(postChecksSchema),

    // Columns
    'columns.list': method<ColumnConfig[]>()(noInput),
    'columns.add': method<ColumnConfig>()(columnAddSchema),
    'columns.update': method<ColumnConfig>()(columnUpdateSchema),
    'columns.remove': method<ColumnConfig[]>()(columnIdSchema),
    'columns.reorder': method<ColumnConfig[]>()(columnReorderSchema),
    /** Cached items, newest first; served from SQLite at once, offline too. */
    'columns.items': method<ItemsPage>()(columnItemsSchema),
    /** The user has seen the column's new items (resets "N new"). */
    'columns.markSeen': method<ColumnStatus>()(columnIdSchema),
    'columns.refresh': method<ColumnStatus>()(columnIdSchema),
    'columns.statuses': method<ColumnStatus[]>()(noInput),
    'items.act': method<ColumnItem>()(itemActSchema),
    'spend.get': method<{ settings: SpendSettings; accounts: SpendSummary[] }>()(noInput),
    'spend.update': method<SpendSettings>()(spendSettingsSchema),
    /** Words that hide items in every column. */
    'muteWords.get': method<string[]>()(noInput),
    'muteWords.set': method<string[]>()(muteWordsSetSchema),
    /** Authors muted through Columns, per account; unmute tells X and lists their posts again. */
    'mutedAuthors.list': method<MutedAuthorView[]>()(noInput),
    'mutedAuthors.unmute': method<MutedAuthorView[]>()(unmuteSchema),

    // Tweet chats
    'chat.list': method<ChatSummary[]>()(noInput),
    'chat.get': method<Chat>()(chatIdSchema),
    /** Creates (no id) or changes a chat's plan; a scheduled chat's unsent posts follow the change. */
    'chat.save': method<Chat>()(chatSaveSchema),
    /** Queues the welcome, Q1…Qn and the closing from the host account and starts the hashtag column. */
    'chat.schedule': method<Chat>()(chatScheduleSchema),
    /** Takes the chat's unsent posts out of the queue (kept as drafts) and stops its column. */
    'chat.cancel': method<Chat>()(chatIdSchema),
    'chat.delete': method<ChatSummary[]>()(chatIdSchema),
    /** Every post of the chat so far, grouped by question, from the local store (offline too). */
    'chat.feed': method<ChatFeed>()(chatIdSchema),
    /** Posts now from the chat (hashtag appended once); a reply or quote of a chat post. */
    'chat.post': method<QueuedPost>()(chatPostSchema),
    /** "Ask again": ends the chat's don't-ask-again grant. */
    'chat.revokeGrant': method<Chat>()(chatRevokeGrantSchema),
    'chat.report': method<ChatReport>()(chatReportSchema),
    'chat.export': method<{ filename: string; mimeType: string; content: string }>()(chatExportSchema),
    'chat.templates': method<ChatTemplate[]>()(noInput),
    'chat.saveTemplate': method<ChatTemplate>()(chatTemplateSaveSchema),
    'chat.deleteTemplate': method<ChatTemplate[]>()(chatIdSchema),
    /** Training: a whole simulated chat hosted by the training corporate account, starting in a minute. */
    'chat.practice': method<Chat>()(chatPracticeSchema),
    /** Training: rehearses a planned chat on the training accounts at a speed; the real chat is untouched. */
    'chat.rehearse': method<Chat>()(chatRehearseSchema),
    /** The moderation lane's word lists: built in (read only) and the user's extra words, by kind. */
    'moderation.words.get': method<ModerationWordsView>()(noInput),
    'moderation.words.set': method<ModerationWordsView>()(moderationWordsSetSchema),
  },
  events: {
    'settings.changed': event<Settings>(),
    'accounts.changed': event<AccountSummary[]>(),
    'accounts.connectProgress': event<ConnectProgress>(),
    /** The organisation file was added, changed, refused or removed. */
    'organisation.changed': event<OrganisationView>(),
    /** Posts whose state or content changed. */
    'queue.changed': event<QueuedPost[]>(),
    'queue.attention': event<QueueAttention>(),
    /** New or changed items in a column (already cached). */
    'columns.items': event<{ columnId: string; items: ColumnItem[] }>(),
    'columns.status': event<ColumnStatus>(),
    /** Items an action changed (handled, liked, reposted, hidden): every column showing one updates it. */
    'items.changed': event<ColumnItem[]>(),
    /** The list of columns changed (a starting desk, a chat's column, another window): the whole list. */
    'columns.changed': event<ColumnConfig[]>(),
    /** What columns may list changed (mute words, muted authors, the X plan): read items again. */
    'columns.invalidated': event<{ reason: string }>(),
    'app.notice': event<Notice>(),
    /** A chat's plan, state or post statuses changed. */
    'chat.changed': event<Chat>(),
    /** New or changed posts of a live chat. */
    'chat.entries': event<{ chatId: string; entries: ChatEntry[] }>(),
  },
} as const;

type Methods = typeof contract.methods;
type Events = typeof contract.events;

export type MethodName = keyof Methods;
export type EventName = keyof Events;
/** What a caller passes (before zod defaults and transforms). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (after validation). */
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodResult<M extends MethodName> = Methods[M]['result'];
export type EventPayload<E extends EventName> = Events[E]['payload'];

export const methodNames = Object.keys(contract.methods) as MethodName[];
export const eventNames = Object.keys(contract.events) as EventName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract.methods, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(contract.events, value);
}

export type { AccountKind, AccountStatus, AccountSummary, ConnectProgress, VaultStatus, XAppSettings } from './accounts';
