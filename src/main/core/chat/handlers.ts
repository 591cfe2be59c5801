// The chat.* methods of the contract (tweet chat mode), over the chat service, the templates and
// the transcript export; practice chats start the training sandbox's community on the same plan.
import type { AccountSummary } from '../../../shared/accounts';
import type { Clock } from '../clock';
import type { Columns } from '../columns/handlers';
import { AppError } from '../errors';
import type { Provider } from '../providers/provider';
import type { Confirmations } from '../confirmations/service';
import type { QueueService } from '../queue/service';
import type { EventHub } from '../rpc/events';
import type { Handlers } from '../rpc/dispatch';
import type { Database } from 'better-sqlite3';
import { DeletionCheck } from './deletions';
import { exportChat } from './export';
import { practiceHost, practicePlan, startPracticeSimulation, type PracticeSimulator, type SimulatedChat } from './practice';
import { assertApartFromReal, rehearsalHost, rehearsalPlan } from './rehearsal';
import { buildReport } from './report';
import { ChatService } from './service';
import { ChatsStore } from './store';
import { ModerationWordsStore } from './moderation-words';
import { ChatPostingGrants } from '../confirmations/grants';

export type ChatHandlers = Pick<
  Handlers,
  | 'chat.list'
  | 'chat.get'
  | 'chat.save'
  | 'chat.schedule'
  | 'chat.cancel'
  | 'chat.delete'
  | 'chat.feed'
  | 'chat.post'
  | 'chat.revokeGrant'
  | 'chat.report'
  | 'chat.export'
  | 'chat.templates'
  | 'chat.saveTemplate'
  | 'chat.deleteTemplate'
  | 'chat.practice'
  | 'chat.rehearse'
  | 'moderation.words.get'
  | 'moderation.words.set'
>;

export interface ChatsDeps {
  db: Database;
  events: EventHub;
  clock: Clock;
  accounts(): AccountSummary[];
  queue: QueueService;
  confirmations: Confirmations;
  columns: Columns;
  providerFor(accountId: string): Promise<Provider>;
  /** Connects the training accounts (starting the training sandbox) when there are none. */
  connectTraining(): Promise<AccountSummary[]>;
  /** The running training sandbox's simulator, or null. */
  trainingSimulator(): PracticeSimulator | null;
  timeZone(): string;
}

export interface Chats {
  handlers: ChatHandlers;
  service: ChatService;
}

export function createChats(deps: ChatsDeps): Chats {
  const store = new ChatsStore(deps.db, () => deps.clock.now());
  const moderationWords = new ModerationWordsStore(deps.db);
  const service = new ChatService({
    store,
    events: deps.events,
    clock: deps.clock,
    accounts: deps.accounts,
    queue: deps.queue,
    confirmations: deps.confirmations,
    columns: deps.columns,
    muteWords: () => deps.columns.muteWords.get(),
    moderationWords: () => moderationWords.extra(),
    grants: new ChatPostingGrants(deps.db),
  });
  const deletions = new DeletionCheck({ store, clock: deps.clock, accounts: deps.accounts, providerFor: deps.providerFor, spend: deps.columns.spend });
  /** The chat's entries for a report or transcript, after the once-only check for posts deleted on X. */
  const transcriptEntries = async (id: string): Promise<ReturnType<ChatService['entries']>> => {
    await deletions.beforeTranscript(service.record(id));
    return service.entries(service.record(id), { transcript: true });
  };
  /** Rehearsals' simulated communities by chat id, stopped when the rehearsal is cancelled or rerun. */
  const simulated = new Map<string, SimulatedChat>();
  const stopSimulation = (chatId: string): void => {
    simulated.get(chatId)?.stop();
    simulated.delete(chatId);
  };
  const hostHandle = (accountId: string): string => deps.accounts().find((account) => account.id === accountId)?.handle ?? 'host';

  /** A new practice clears the last practice chats' posts from the training world (X refuses repeated texts). */
  const clearPractice = async (host: AccountSummary): Promise<void> => {
    const provider = await deps.providerFor(host.id);
    for (const summary of service.list()) {
      const record = service.record(summary.id);
      if (record.plan.hostAccountId !== host.id || record.plan.name !== 'Practice chat') continue;
      const chat = service.get(summary.id);
      const remoteIds = [chat.welcomePost, ...chat.questionPosts.map((question) => question.post), chat.closingPost].flatMap((post) => (post?.remoteId ? [post.remoteId] : []));
      if (chat.state === 'scheduled' || chat.state === 'live') service.cancel(chat.id);
      for (const id of remoteIds) await provider.deletePost(id).catch(() => undefined);
    }
  };

  const handlers: ChatHandlers = {
    'chat.list': () => service.list(),
    'chat.get': ({ id }) => service.get(id),
    'chat.save': ({ id, plan, confirmedAccountIds }) => service.save(id, plan, confirmedAccountIds),
    'chat.schedule': ({ id, confirmedAccountIds }) => service.schedule(id, confirmedAccountIds),
    'chat.cancel': ({ id }) => {
      stopSimulation(id);
      return service.cancel(id);
    },
    'chat.delete': ({ id }) => {
      stopSimulation(id);
      return service.delete(id);
    },
    'chat.feed': ({ id }) => service.feed(id),
    'chat.post': (input) => service.post(input),
    'chat.revokeGrant': ({ id }) => service.revokeGrant(id),
    'chat.report': async ({ id, includeModerated }) => {
      const entries = await transcriptEntries(id);
      return buildReport(service.get(id), entries, hostHandle(service.record(id).plan.hostAccountId), includeModerated);
    },
    'chat.export': async ({ id, format, includeModerated }) => {
      const entries = await transcriptEntries(id);
      return exportChat(service.get(id), entries, format, deps.timeZone(), hostHandle(service.record(id).plan.hostAccountId), includeModerated);
    },
    'chat.templates': () => store.templates(),
    'chat.saveTemplate': ({ id, ...fields }) => store.saveTemplate(id, fields),
    'chat.deleteTemplate': ({ id }) => {
      if (!store.deleteTemplate(id)) throw new AppError('invalid_request', 'There is no such template.');
      return store.templates();
    },
    'chat.practice': async (input) => {
      const hasHost = deps.accounts().some((account) => account.training && account.kind === 'corporate' && account.status === 'active');
      const host = practiceHost(hasHost ? deps.accounts() : await deps.connectTraining());
      const simulator = deps.trainingSimulator();
      if (!simulator) throw new AppError('unavailable', 'The training sandbox is not running. Start training mode from Accounts, then try again.');
      await clearPractice(host);
      const plan = practicePlan(host, input, deps.clock.now(), deps.timeZone());
      const draft = service.save(undefined, plan);
      const chat = service.schedule(draft.id, [host.id]);
      startPracticeSimulation(simulator, plan, host.handle, input.minutesPerQuestion);
      return chat;
    },
    'chat.rehearse': async ({ id, speed }) => {
      const asked = service.record(id);
      const real = asked.plan.rehearsalOf === undefined ? asked : service.record(asked.plan.rehearsalOf);
      const realHost = deps.accounts().find((account) => account.id === real.plan.hostAccountId);
      const kind = realHost?.kind ?? 'corporate';
      const hasHost = deps.accounts().some((account) => account.training && account.kind === kind && account.status === 'active');
      const host = rehearsalHost(realHost, hasHost ? deps.accounts() : await deps.connectTraining());
      const simulator = deps.trainingSimulator();
      if (!simulator) throw new AppError('unavailable', 'The training sandbox is not running. Start training mode from Accounts, then try again.');
      const runs = service.list().filter((summary) => summary.rehearsalOf === real.id);
      const plan = rehearsalPlan({ ...real.plan, id: real.id }, host, speed, runs.length + 1, deps.clock.now());
      assertApartFromReal({ ...real.plan, state: real.state }, plan);
      // A rerun replaces a run still on: the same hashtag, and one community at a time.
      for (const run of runs) {
        stopSimulation(run.id);
        if (run.state === 'scheduled' || run.state === 'live') service.cancel(run.id);
      }
      const draft = service.save(undefined, plan);
      const chat = service.schedule(draft.id, [host.id]);
      const startsAt = Date.parse(plan.startsAt);
      simulated.set(
        chat.id,
        simulator.startChat({
          hashtag: plan.hashtag,
          hostUsername: host.handle,
          questions: plan.questions.map((question) => question.text),
          minutesPerQuestion: Math.max(1, Math.round(plan.durationMinutes / plan.questions.length)),
          leadMinutes: 0,
          questionMinutes: plan.questions.map((question) => question.offsetMinutes),
          durationMinutes: plan.durationMinutes,
          startInMs: Math.max(0, startsAt - simulator.nowMs()),
          externalHost: true,
        }),
      );
      return chat;
    },
    'moderation.words.get': () => moderationWords.view(),
    'moderation.words.set': ({ words }) => moderationWords.set(words),
  };
  return { handlers, service };
}
