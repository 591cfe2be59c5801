// The queue as the composer, the schedule views, CSV import and the CLI use it: create posts (one
// per account, checked before anything is stored), list, edit, reschedule, the person's decisions
// on held and failed posts, and the audit trail. Publishing is the scheduler's (scheduler.ts).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AccountSummary } from '../../../shared/accounts';
import type {
  QueueAttention,
  queueActionSchema,
  queueCreateSchema,
  queueEditSchema,
  QueuedPost,
  queueListSchema,
  queueRescheduleSchema,
  QueueSlotPreview,
  QueueTransition,
  When,
} from '../../../shared/queue';
import type { GuardedPath } from '../../../shared/guard';
import type { ConfirmationPass, Confirmations } from '../confirmations/service';
import { AppError } from '../errors';
import { enforcePostChecks } from '../post-checks/checks';
import type { QueueAnnouncer } from './announce';
import type { AccountsView, MediaSource, NextSlot } from './deps';
import { missedAfter, POST_NOW_GRACE_MINUTES } from './grace';
import { assertSentPartsKept, checkParts, type PartInput } from './post-rules';
import { toQueuedPost } from './records';
import type { NewPost, PostRecord, PostsRepository } from './repository';
import { EDITABLE_STATES } from './states';

export type QueueCreateInput = z.output<typeof queueCreateSchema>;

/** Which path a create comes from (the audit trail names it), or the batch's pass that already covers it. */
export type CreateGuard = { path: GuardedPath } | { pass: ConfirmationPass };

export interface QueueServiceDeps {
  repo: PostsRepository;
  accounts: AccountsView;
  media: MediaSource;
  nextSlot: NextSlot;
  /** The user's zone (settings): "now" and queue slots are in it. */
  zone(): string;
  announce: QueueAnnouncer;
  /** Corporate confirmations: decided and recorded there, for every create and move. */
  confirmations: Confirmations;
  /** Something is due sooner, or an account's line changed: the scheduler looks again. */
  wake(reason: string): void;
  now?: () => number;
}

const invalid = (message: string): AppError => new AppError('invalid_input', message);

export class QueueService {
  readonly #d: QueueServiceDeps;
  readonly #now: () => number;

  constructor(deps: QueueServiceDeps) {
    this.#d = deps;
    this.#now = deps.now ?? Date.now;
  }

  /** Checks every post first; stores all of them or none. Throws AppError('invalid_input'). */
  create(input: QueueCreateInput, guard: CreateGuard = { path: 'composer' }): QueuedPost[] {
    const known = new Map(this.#d.accounts.list().map((account) => [account.id, account]));
    const accounts = input.posts.map((post) => {
      const account = known.get(post.accountId);
      if (!account) throw invalid('One of the accounts is not connected to Columns any more (it may have been removed).');
      return account;
    });
    if (new Set(accounts.map((a) => a.id)).size !== accounts.length) throw invalid('Each account may appear once in one post; use parts for a thread.');
    if (accounts.some((a) => a.training) && accounts.some((a) => !a.training)) {
      throw invalid('A training account and a live X account cannot post together. Post from the training accounts separately.');
    }
    // A draft publishes nothing: it is confirmed when it is scheduled or posted.
    let pass: ConfirmationPass | null = null;
    if (input.when.kind !== 'draft') {
      if ('pass' in guard) guard.pass.admit(accounts);
      pass = 'pass' in guard ? guard.pass : this.#d.confirmations.open(guard.path, accounts, input.confirmedAccountIds);
    }
    if (input.when.kind === 'now') {
      const expired = accounts.find((a) => a.status === 'needs_reauth');
      if (expired) throw invalid(`@${expired.handle} needs reconnecting before it can post. Reconnect it in Accounts, or schedule the post for later.`);
    }
    input.posts.forEach((post, index) => checkParts(accounts[index] as AccountSummary, post.parts, this.#d.media));
    enforcePostChecks(input.posts.map((post, index) => ({ account: accounts[index] as AccountSummary, texts: post.parts.map((part) => part.text) })));

    const zone = input.when.kind === 'at' ? input.when.zone : this.#d.zone();
    const taken: string[] = [];
    const rows: NewPost[] = input.posts.map((post, index) => {
      const account = accounts[index] as AccountSummary;
      const dueAt = this.#dueAt(input.when, account, input.graceMinutes, taken);
      return {
        id: randomUUID(),
        accountId: account.id,
        accountHandle: account.handle,
        state: dueAt === null ? 'draft' : 'scheduled',
        dueAt,
        zone,
        graceMinutes: input.graceMinutes,
        missedAfter: dueAt === null ? null : missedAfter(dueAt, input.when.kind === 'now' ? Math.max(input.graceMinutes, POST_NOW_GRACE_MINUTES) : input.graceMinutes),
        replyToId: input.replyToId,
        quoteOfId: input.quoteOfId,
        groupId: input.posts.length > 1 ? randomUUID() : null,
        parts: post.parts.map((part) => ({ text: part.text, mediaIds: [...part.mediaIds] })),
      };
    });
    const groupId = rows[0]?.groupId ?? null;
    this.#d.repo.transaction(() => {
      for (const row of rows) this.#d.repo.insert({ ...row, groupId }, reasonFor(input.when));
    });
    for (const row of rows) pass?.cover(row.accountId, [row.id]);
    if (pass && !('pass' in guard)) pass.record(`${reasonFor(input.when)}: ${quoted(input.posts[0]?.parts[0]?.text ?? '')}`);
    this.#changed(rows.map((row) => row.id), 'created');
    return rows.map((row) => this.#view(row.id));
  }

  /**
   * Where "add to queue" would put a post from each account if it were queued now, found exactly as
   * create() finds it (one slot per account, in order, none taken twice); nothing is stored. The
   * composer shows it before the user confirms.
   */
  previewSlots(accountIds: readonly string[]): QueueSlotPreview[] {
    const known = new Map(this.#d.accounts.list().map((account) => [account.id, account]));
    const taken: string[] = [];
    const now = this.#now();
    return accountIds.map((accountId) => {
      const account = known.get(accountId);
      if (!account) throw invalid('One of the accounts is not connected to Columns any more (it may have been removed).');
      return { accountId, handle: account.handle, dueAt: this.#freeSlot(account, now, taken) };
    });
  }

  list(filter: z.output<typeof queueListSchema> = {}): QueuedPost[] {
    return this.#d.repo.list(filter).map((record) => toQueuedPost(record, this.#d.media));
  }

  get(id: string): QueuedPost {
    return this.#view(id);
  }

  /**
   * Changes a post that has not gone out, keeping its id and audit trail: its parts (those already
   * on X stay as they are), grace, and time (kept, a new one, or back to the drafts). The same checks
   * as create, including the corporate confirmation (recorded on the `edit` path), unless it stays a draft.
   */
  edit(input: z.output<typeof queueEditSchema>): QueuedPost {
    const { id, parts, graceMinutes, when } = input;
    const post = this.#record(id);
    if (post.state === 'sending') throw invalid('This post is being sent to X right now, so it cannot be edited. Look again in a moment.');
    if (!EDITABLE_STATES.includes(post.state)) throw invalid(`This post is ${post.state} and can no longer be edited.`);
    const account = this.#account(post);
    const onX = post.parts.filter((part) => part.remoteId !== null).length;
    if (parts) assertSentPartsKept(post, parts, onX);
    if (onX > 0 && when.kind === 'draft') throw invalid('Part of this thread is already on X; the rest cannot go back to the drafts. Edit it, retry it or discard it.');
    const newParts: PartInput[] | undefined = parts?.map((part) => ({ text: part.text, mediaIds: [...part.mediaIds] }));
    if (newParts) checkParts(account, newParts, this.#d.media);
    const staysDraft = when.kind === 'draft' || (when.kind === 'keep' && post.state === 'draft');
    const pass = staysDraft ? null : this.#d.confirmations.open('edit', [account], input.confirmedAccountIds);
    const grace = graceMinutes ?? post.graceMinutes;
    const dueAt = when.kind === 'at' ? new Date(when.dueAt).toISOString() : post.dueAt;
    if (when.kind === 'at' && Date.parse(missedAfter(dueAt as string, grace)) < this.#now()) throw invalid('That time has already passed. Pick a later time, or post it now.');
    this.#d.repo.transaction(() => {
      // Checked again inside the transaction: the publisher may have claimed it meanwhile.
      const current = this.#d.repo.get(id);
      if (!current || !EDITABLE_STATES.includes(current.state)) throw invalid('This post started going out and can no longer be edited.');
      this.#d.repo.updateContent(id, newParts?.slice(onX), onX, { graceMinutes: grace, missedAfter: dueAt === null ? null : missedAfter(dueAt, grace) });
      if (when.kind === 'at') {
        const to = current.state === 'held' || current.state === 'failed' || current.state === 'draft' ? 'scheduled' : current.state;
        this.#d.repo.transition(id, current.state, to, `edited; rescheduled for ${dueAt}`, {
          dueAt,
          zone: when.zone,
          missedAfter: missedAfter(dueAt as string, grace),
          nextAttemptAt: null,
          resetAttempts: true,
          lastError: null,
        });
      } else if (when.kind === 'draft' && current.state !== 'draft') {
        this.#d.repo.transition(id, current.state, 'draft', 'edited; moved back to drafts', { dueAt: null, missedAfter: null, nextAttemptAt: null, lastError: null });
      } else {
        this.#d.repo.audit(id, current.state, 'edited');
      }
    });
    pass?.cover(post.accountId, [id]);
    pass?.record(`edited: ${quoted(newParts?.[0]?.text ?? post.parts[0]?.text ?? '')}`);
    this.#changed([id], 'edited');
    return this.#view(id);
  }

  reschedule({ id, dueAt, zone, confirmedAccountIds, via }: z.output<typeof queueRescheduleSchema>): QueuedPost {
    const post = this.#record(id);
    if (!['draft', 'scheduled', 'held', 'failed'].includes(post.state)) throw invalid(`This post is ${post.state}; it cannot be rescheduled.`);
    const pass = this.#d.confirmations.open(via === 'calendar' ? 'calendar_move' : 'reschedule', [this.#account(post)], confirmedAccountIds);
    const due = new Date(dueAt).toISOString();
    if (Date.parse(missedAfter(due, post.graceMinutes)) < this.#now()) throw invalid('That time has already passed. Pick a later time, or post it now.');
    const ok = this.#d.repo.transition(id, post.state, 'scheduled', `rescheduled for ${due}`, {
      dueAt: due,
      zone,
      missedAfter: missedAfter(due, post.graceMinutes),
      nextAttemptAt: null,
      resetAttempts: true,
      lastError: null,
    });
    if (!ok) throw invalid('This post changed meanwhile (it may be going out); look at it again.');
    pass.cover(post.accountId, [id]);
    pass.record(`moved to ${due}: ${quoted(post.parts[0]?.text ?? '')}`);
    this.#changed([id], 'rescheduled');
    return this.#view(id);
  }

  /** The person's decision on a post: post it now, retry it, discard it, or make it a draft again. */
  act({ id, action, confirmedAccountIds = [] }: Omit<z.output<typeof queueActionSchema>, 'confirmedAccountIds'> & { confirmedAccountIds?: string[] }): QueuedPost | null {
    const post = this.#record(id);
    if (action === 'discard') {
      if (post.state === 'sending' || post.state === 'sent') throw invalid(`This post is ${post.state}; it cannot be discarded.`);
      this.#d.repo.delete(id);
      this.#changed([id], 'discarded');
      return null;
    }
    if (action === 'to_draft') {
      if (!['scheduled', 'held', 'failed'].includes(post.state)) throw invalid(`This post is ${post.state}; it cannot go back to drafts.`);
      this.#move(post, 'draft', 'moved back to drafts', { dueAt: null, missedAfter: null, nextAttemptAt: null, lastError: null });
      return this.#view(id);
    }
    if (action === 'retry' && post.state !== 'failed') throw invalid(`Only a failed post can be retried; this one is ${post.state}.`);
    if (!['draft', 'scheduled', 'held', 'failed'].includes(post.state)) throw invalid(`This post is ${post.state}; it cannot be posted now.`);
    const account = this.#account(post);
    if (account.status === 'needs_reauth') throw invalid(`@${account.handle} needs reconnecting before it can post. Reconnect it in Accounts.`);
    const pass = this.#d.confirmations.open(action, [account], confirmedAccountIds);
    const now = new Date(this.#now()).toISOString();
    this.#move(post, 'scheduled', action === 'retry' ? 'retry asked by the user' : 'post now asked by the user', {
      dueAt: now,
      missedAfter: missedAfter(now, Math.max(post.graceMinutes, POST_NOW_GRACE_MINUTES)),
      nextAttemptAt: null,
      resetAttempts: true,
      lastError: null,
    });
    pass.cover(post.accountId, [id]);
    pass.record(`${action === 'retry' ? 'retry' : 'post now'}: ${quoted(post.parts[0]?.text ?? '')}`);
    return this.#view(id);
  }

  history(id: string): QueueTransition[] {
    this.#record(id);
    return this.#d.repo.history(id);
  }

  attention(): QueueAttention {
    return this.#d.repo.attention();
  }

  #move(post: PostRecord, to: 'draft' | 'scheduled', reason: string, changes: Parameters<PostsRepository['transition']>[4]): void {
    if (!this.#d.repo.transition(post.id, post.state, to, reason, changes)) throw invalid('This post changed meanwhile (it may be going out); look at it again.');
    this.#changed([post.id], reason);
  }

  #dueAt(when: When, account: AccountSummary, graceMinutes: number, taken: string[]): string | null {
    const now = this.#now();
    switch (when.kind) {
      case 'draft':
        return null;
      case 'now':
        return new Date(now).toISOString();
      case 'at': {
        const due = new Date(when.dueAt).toISOString();
        if (Date.parse(missedAfter(due, graceMinutes)) < now) throw invalid(`${when.dueAt} has already passed. Pick a later time, or post now.`);
        return due;
      }
      case 'queue': {
        const slot = this.#freeSlot(account, now, taken);
        if (slot === null) throw invalid(`@${account.handle} has no free queue slot. Set its queue times (Schedule → Queue slots), or pick a time.`);
        return slot;
      }
    }
  }

  /** The account's next queue slot after `now` that no post (stored, or earlier in this batch: `taken`) has. */
  #freeSlot(account: AccountSummary, now: number, taken: string[]): string | null {
    const slot = this.#d.nextSlot(account.id, this.#d.zone(), now, (iso) => taken.includes(iso) || this.#d.repo.isDueTaken(account.id, iso));
    if (slot !== null) taken.push(slot);
    return slot;
  }

  #record(id: string): PostRecord {
    const post = this.#d.repo.get(id);
    if (!post) throw invalid('That post is not in the queue any more.');
    return post;
  }

  #account(post: PostRecord): AccountSummary {
    const account = this.#d.accounts.list().find((a) => a.id === post.accountId);
    if (!account) throw invalid(`@${post.accountHandle} was removed from Columns, so this post cannot go out from it. Copy its text into a new post, or discard it.`);
    return account;
  }

  #view(id: string): QueuedPost {
    return toQueuedPost(this.#record(id), this.#d.media);
  }

  #changed(ids: string[], reason: string): void {
    this.#d.announce.changed(ids);
    this.#d.wake(reason);
  }
}

/** The start of a post's text, for the confirmations' audit trail. */
function quoted(text: string): string {
  return `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;
}

function reasonFor(when: When): string {
  switch (when.kind) {
    case 'draft':
      return 'saved as a draft';
    case 'now':
      return 'post now';
    case 'at':
      return 'scheduled';
    case 'queue':
      return 'added to the queue';
  }
}
