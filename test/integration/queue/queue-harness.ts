// A core with sandbox accounts connected (the real PKCE flow, tokens in the real keychain) and
// helpers to put posts in its queue and wait — on queue.changed events — until they settle.
import type { CoreOptions } from '../../../src/main/core/app';
import type { AccountSummary } from '../../../src/shared/accounts';
import type { QueuedPost, When } from '../../../src/shared/queue';
import { connectAs, startHarness, type Harness } from '../../helpers/accounts';
import type { SandboxFixture } from '../../helpers/sandbox';

const CHECK_MS = 25;

export interface QueueHarness extends Harness {
  accounts: Record<string, AccountSummary>;
  notifications: { title: string; body: string }[];
  /** Creates one post for @username (confirmed, no media). */
  post(username: string, parts: string[], when?: When, graceMinutes?: number): QueuedPost;
  /** Resolves when `done` holds for the queue, re-checked on every queue.changed event. */
  until(done: (posts: QueuedPost[]) => boolean, timeoutMs?: number): Promise<QueuedPost[]>;
}

export async function startQueueHarness(
  dataDir: string,
  fixture: SandboxFixture,
  usernames: string[],
  overrides: Partial<CoreOptions> = {},
): Promise<QueueHarness> {
  const notifications: { title: string; body: string }[] = [];
  const h = await startHarness(dataDir, fixture, { notify: (title, body) => notifications.push({ title, body }), ...overrides });
  const accounts: Record<string, AccountSummary> = {};
  for (const username of usernames) {
    const account = (await connectAs(h, fixture, username)).account;
    if (!account) throw new Error(`@${username} did not connect`);
    accounts[username] = account;
  }
  return {
    ...h,
    accounts,
    notifications,
    post(username, parts, when = { kind: 'now' }, graceMinutes = 15) {
      const account = accounts[username] ?? h.core.accounts.list().find((a) => a.handle === username);
      if (!account) throw new Error(`no account @${username}`);
      const [created] = h.core.queue.create({
        posts: [{ accountId: account.id, parts: parts.map((text) => ({ text, mediaIds: [] })) }],
        replyToId: null,
        quoteOfId: null,
        when,
        graceMinutes,
        confirmedAccountIds: [account.id],
      });
      if (!created) throw new Error('nothing created');
      return created;
    },
    until(done, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        // Checked after queue.changed events, at most every CHECK_MS (a list of 1,000 posts per
        // event would cost more than the publishing it watches).
        let pending: NodeJS.Timeout | null = null;
        const finish = (): void => {
          clearTimeout(timer);
          if (pending) clearTimeout(pending);
          unsubscribe();
        };
        const check = (): void => {
          pending = null;
          const posts = h.core.queue.list({});
          if (!done(posts)) return;
          finish();
          resolve(posts);
        };
        const timer = setTimeout(() => {
          finish();
          const states: Record<string, number> = {};
          for (const p of h.core.queue.list({})) states[p.state] = (states[p.state] ?? 0) + 1;
          reject(new Error(`queue did not settle within ${timeoutMs} ms: ${JSON.stringify(states)}`));
        }, timeoutMs);
        const unsubscribe = h.core.events.subscribe((event) => {
          if (event === 'queue.changed' && !pending) pending = setTimeout(check, CHECK_MS);
        });
        check();
      });
    },
  };
}

export interface SandboxPost {
  id: string;
  text: string;
  created_at: string;
  in_reply_to_tweet_id: string | null;
}

/** Every post @username has in the sandbox, in creation order. */
export async function sandboxPosts(fixture: SandboxFixture, username: string): Promise<SandboxPost[]> {
  const answer = await fixture.admin<{ data: SandboxPost[] }>('GET', `/admin/posts?username=${username}`);
  return answer.body.data;
}
