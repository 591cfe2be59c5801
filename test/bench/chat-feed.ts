// A big tweet chat's feed: 3,000 kept posts (an hour at 400 posts/h is ~400; a trending chat more)
// read back from SQLite in order, classified by question and checked for the moderation lane, as
// every chat.feed and every arrival does. Median and p95 over 30 runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyAll } from '../../src/main/core/chat/classify';
import { moderationRules } from '../../src/main/core/chat/moderation';
import { ChatsStore } from '../../src/main/core/chat/store';
import { openDatabase } from '../../src/main/core/db/open';
import type { BenchLine } from './columns-ingest';
import { syntheticItems } from './synthetic-items';

const POSTS = 3_000;
const RUNS = 30;

export function benchChatFeed(): BenchLine[] {
  const dir = mkdtempSync(join(tmpdir(), 'columns-bench-chat-'));
  const { db } = openDatabase(join(dir, 'columns.db'));
  try {
    const store = new ChatsStore(db);
    const chat = store.create({
      name: 'Bench chat',
      hashtag: '#Improve4Patients',
      hostAccountId: 'host',
      cohosts: ['user1'],
      guests: ['user2'],
      startsAt: '2026-11-01T00:00:00.000Z',
      zone: 'Europe/London',
      durationMinutes: 60,
      questions: [1, 2, 3, 4, 5, 6].map((n) => ({ text: `Question ${n}?`, offsetMinutes: n * 8 })),
      welcome: 'Welcome',
      closing: 'Thanks',
    });
    store.addPosts(chat.id, syntheticItems(POSTS, (index) => `A${(index % 6) + 1} answer number ${index} with a link https://nhs.uk/p/${index} #Improve4Patients`));
    const context = { hostUserId: '5000', cohosts: new Set(['user1']), guests: new Set(['user2']), questionCount: 6, questionIds: new Map<string, number>(), welcomeId: null, closingId: null };
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const items = store.posts(chat.id);
      const classified = classifyAll(items, context);
      const rules = moderationRules({ spam: [], abusive: [], critical: [] }, ['brexit']);
      items.forEach((item, index) => rules.flag(item, classified[index]?.role ?? 'participant'));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return [
      { bench: 'chat_feed_3k_posts_median', value: round(times[Math.floor(RUNS / 2)] ?? NaN), unit: 'ms' },
      { bench: 'chat_feed_3k_posts_p95', value: round(times[Math.floor(RUNS * 0.95)] ?? NaN), unit: 'ms' },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (value: number): number => Math.round(value * 10) / 10;
