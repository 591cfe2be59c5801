// The rate budget on an injected clock: windows learned from X's headers per account and endpoint,
// a spent window refused until its reset, a 429 closing the window, and waiting for the reset.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateBudget } from '../../../src/main/core/providers/rate-budget';

const T0 = Date.parse('2026-05-01T09:00:00.000Z');
const RESET_S = T0 / 1000 + 900;
const MENTIONS = 'GET /2/users/:id/mentions';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = T0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

const headers = (limit: number, remaining: number, reset = RESET_S) => ({
  'x-rate-limit-limit': String(limit),
  'x-rate-limit-remaining': String(remaining),
  'x-rate-limit-reset': String(reset),
});

afterEach(() => {
  vi.useRealTimers();
});

describe('RateBudget', () => {
  it('allows calls while the window has some left, refuses a spent one until its reset', () => {
    const time = clock();
    const budget = new RateBudget(time.now);
    expect(budget.check('acc1', MENTIONS)).toEqual({ ok: true });
    budget.record('acc1', MENTIONS, headers(300, 1));
    expect(budget.check('acc1', MENTIONS)).toEqual({ ok: true });
    budget.record('acc1', MENTIONS, headers(300, 0));
    expect(budget.check('acc1', MENTIONS)).toEqual({ ok: false, resetAt: '2026-05-01T09:15:00.000Z' });
    time.advance(900_000 - 1);
    expect(budget.check('acc1', MENTIONS).ok).toBe(false);
    time.advance(1);
    expect(budget.check('acc1', MENTIONS)).toEqual({ ok: true });
  });

  it('keeps accounts and endpoints apart', () => {
    const budget = new RateBudget(clock().now);
    budget.record('acc1', MENTIONS, headers(300, 0));
    expect(budget.check('acc2', MENTIONS)).toEqual({ ok: true });
    expect(budget.check('acc1', 'GET /2/users/me')).toEqual({ ok: true });
  });

  it('ignores answers without the headers, but a 429 closes the window with or without them', () => {
    const time = clock();
    const budget = new RateBudget(time.now);
    budget.record('acc1', MENTIONS, {});
    expect(budget.status('acc1')).toEqual([]);
    budget.record('acc1', MENTIONS, { 'x-rate-limit-reset': String(RESET_S) }, 429);
    expect(budget.check('acc1', MENTIONS)).toEqual({ ok: false, resetAt: '2026-05-01T09:15:00.000Z' });
    budget.record('acc1', 'POST /2/tweets', {}, 429);
    expect(budget.check('acc1', 'POST /2/tweets')).toEqual({ ok: false, resetAt: '2026-05-01T09:01:00.000Z' });
  });

  it('reports the running windows of one account, sorted, and forgets them once reset', () => {
    const time = clock();
    const budget = new RateBudget(time.now);
    budget.record('acc1', 'POST /2/tweets', headers(100, 97, RESET_S - 300));
    budget.record('acc1', MENTIONS, headers(300, 12));
    budget.record('acc2', MENTIONS, headers(300, 5));
    expect(budget.status('acc1')).toEqual([
      { endpoint: MENTIONS, limit: 300, remaining: 12, resetAt: '2026-05-01T09:15:00.000Z' },
      { endpoint: 'POST /2/tweets', limit: 100, remaining: 97, resetAt: '2026-05-01T09:10:00.000Z' },
    ]);
    time.advance(600_000);
    expect(budget.status('acc1').map((window) => window.endpoint)).toEqual([MENTIONS]);
  });

  it('waitForReset resolves at once when allowed, and at the reset when spent', async () => {
    vi.useFakeTimers();
    const time = clock();
    const budget = new RateBudget(time.now);
    await budget.waitForReset('acc1', MENTIONS);
    budget.record('acc1', MENTIONS, headers(300, 0));
    let done = false;
    const waiting = budget.waitForReset('acc1', MENTIONS).then(() => (done = true));
    time.advance(899_000);
    await vi.advanceTimersByTimeAsync(899_000);
    expect(done).toBe(false);
    time.advance(1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    await waiting;
    expect(done).toBe(true);
    expect(budget.check('acc1', MENTIONS)).toEqual({ ok: true });
  });

  it('waitForReset rejects when its signal aborts', async () => {
    const budget = new RateBudget(clock().now);
    budget.record('acc1', MENTIONS, headers(300, 0));
    const controller = new AbortController();
    const waiting = budget.waitForReset('acc1', MENTIONS, controller.signal);
    controller.abort(new Error('column closed'));
    await expect(waiting).rejects.toThrow('column closed');
  });
});
