// The scheduling contract methods: wall times in the user's zone, queue slots, ICS export and CSV import.
import type { AccountSummary } from '../../../shared/accounts';
import type { QueuedPost } from '../../../shared/queue';
import type { Settings } from '../../../shared/settings';
import type { MediaStore } from '../compose/media-store';
import type { Confirmations } from '../confirmations/service';
import type { CreateGuard } from '../queue/service';
import type { Handlers } from '../rpc/dispatch';
import { importCsv, type QueueCreateInput } from './csv-import';
import { csvTemplate } from './csv-template';
import { buildIcs, type IcsPost } from './ics';
import { resolveLocal } from './local-time';
import { openSlotsBetween, type QueueSlotsStore } from './queue-slots';

export type ScheduleHandlers = Pick<
  Handlers,
  'schedule.resolveLocal' | 'queueSlots.get' | 'queueSlots.set' | 'queueSlots.open' | 'schedule.exportIcs' | 'schedule.importCsv' | 'schedule.csvTemplate'
>;

export const ICS_FILENAME = 'columns-schedule.ics';

export interface ScheduleDeps {
  settings(): Pick<Settings, 'timeZone' | 'locale'>;
  accounts(): AccountSummary[];
  slots: QueueSlotsStore;
  media: Pick<MediaStore, 'add' | 'remove'>;
  /** The queue's scheduled posts due in [from, to) (either end open). */
  scheduledPosts(range: { from?: string | undefined; to?: string | undefined }): QueuedPost[];
  createPosts(input: QueueCreateInput, guard: CreateGuard): QueuedPost[];
  confirmations: Pick<Confirmations, 'open'>;
  now?: () => Date;
}

function icsPosts(posts: QueuedPost[], accounts: AccountSummary[]): IcsPost[] {
  const handles = new Map(accounts.map((account) => [account.id, account.handle]));
  return posts.flatMap((post) =>
    post.dueAt === null
      ? []
      : [{ id: post.id, handle: handles.get(post.accountId) ?? 'unknown', text: post.parts.map((part) => part.text).join('\n\n'), dueAt: post.dueAt, updatedAt: post.updatedAt }],
  );
}

const utcIso = (instant: string | undefined): string | undefined => (instant === undefined ? undefined : new Date(instant).toISOString());

export function scheduleHandlers(deps: ScheduleDeps): ScheduleHandlers {
  const now = deps.now ?? (() => new Date());
  return {
    'schedule.resolveLocal': ({ local, zone, choice }) => resolveLocal(local, zone, choice, deps.settings().locale),
    'queueSlots.get': ({ accountId }) => deps.slots.get(accountId),
    'queueSlots.set': ({ accountId, slots }) => deps.slots.set(accountId, slots),
    'queueSlots.open': ({ from, to, accountId }) => {
      const range = { fromMs: Date.parse(from), toMs: Date.parse(to), afterMs: now().getTime() };
      // Taken exactly as "add to queue" sees it: a scheduled post of that account at that instant.
      const taken = new Set(deps.scheduledPosts({ from: utcIso(from), to: utcIso(to) }).map((post) => `${post.accountId} ${Date.parse(post.dueAt ?? '')}`));
      const zone = deps.settings().timeZone;
      return deps
        .accounts()
        .filter((account) => accountId === undefined || account.id === accountId)
        .flatMap((account) =>
          openSlotsBetween(deps.slots.get(account.id), zone, range, (iso) => taken.has(`${account.id} ${Date.parse(iso)}`)).map((dueAt) => ({ accountId: account.id, dueAt })),
        )
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    },
    'schedule.exportIcs': ({ from, to }) => ({
      filename: ICS_FILENAME,
      // The queue stores UTC instants as ISO text: bounds in any offset are turned into the same form.
      ics: buildIcs(icsPosts(deps.scheduledPosts({ from: utcIso(from), to: utcIso(to) }), deps.accounts())),
    }),
    'schedule.importCsv': ({ file, acceptValid, baseDir, confirmedAccountIds, via }) =>
      importCsv(
        { bytes: Buffer.from(file, 'base64'), acceptValid, baseDir, confirmedAccountIds, via },
        {
          accounts: deps.accounts,
          zone: () => deps.settings().timeZone,
          locale: () => deps.settings().locale,
          now,
          media: deps.media,
          createPosts: deps.createPosts,
          confirmations: deps.confirmations,
        },
      ),
    'schedule.csvTemplate': () => {
      const { timeZone, locale } = deps.settings();
      return csvTemplate({ handle: deps.accounts()[0]?.handle ?? null, zone: timeZone, locale, now: now() });
    },
  };
}
