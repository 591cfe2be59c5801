// The user's extra words for the moderation lane, by kind, kept in the settings table. The built-in
// lists stay in moderation.ts; Settings shows both (moderation.words.get) and saves only the extra.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { ModerationWords, ModerationWordsView } from '../../../shared/chat';
import { BUILT_IN_MODERATION_WORDS } from './moderation';

const KEY = 'chat.moderationWords';
const stored = z.object({ spam: z.array(z.string()), abusive: z.array(z.string()), critical: z.array(z.string()) });
const NONE: ModerationWords = { spam: [], abusive: [], critical: [] };

/** Trimmed, without blanks, one spelling per word (matching ignores case; the first spelling is kept). */
const clean = (words: readonly string[]): string[] => {
  const byKey = new Map<string, string>();
  for (const word of words.map((candidate) => candidate.trim().replace(/\s+/g, ' ')).filter((candidate) => candidate.length > 0)) {
    if (!byKey.has(word.toLowerCase())) byKey.set(word.toLowerCase(), word);
  }
  return [...byKey.values()];
};

export class ModerationWordsStore {
  constructor(private readonly db: Database) {}

  extra(): ModerationWords {
    const raw = this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
    if (raw === undefined) return NONE;
    try {
      return stored.catch(NONE).parse(JSON.parse(raw));
    } catch {
      return NONE;
    }
  }

  view(): ModerationWordsView {
    return { builtIn: { spam: [...BUILT_IN_MODERATION_WORDS.spam], abusive: [...BUILT_IN_MODERATION_WORDS.abusive], critical: [...BUILT_IN_MODERATION_WORDS.critical] }, extra: this.extra() };
  }

  set(words: ModerationWords, now = new Date()): ModerationWordsView {
    const value: ModerationWords = { spam: clean(words.spam), abusive: clean(words.abusive), critical: clean(words.critical) };
    this.db
      .prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(KEY, JSON.stringify(value), now.toISOString());
    return this.view();
  }
}
