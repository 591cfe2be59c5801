// The user's extra moderation words, through the contract with a real core (SQLite, the training
// sandbox at 60×): a word saved with moderation.words.set flags a live chat post that contains it,
// and bad words (empty, over 100 characters) are refused naming the field.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/app';
import { call } from '../../helpers/accounts';
import { useTempDir } from '../../helpers/temp-dir';
import { until as untilDone, useTrainingCores } from '../../helpers/training-core';

const tempDir = useTempDir();
const cores = useTrainingCores(tempDir);
const until = <T,>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> => untilDone(what, probe, timeoutMs, 200);

const start = (): Core => cores.start();


describe('moderation.words (extra words, by kind)', () => {
  it('flags a chat post containing a saved extra word as that kind', async () => {
    const core = start();
    const planned = await call(core, 'chat.practice', { questions: 1, minutesPerQuestion: 3, startInMinutes: 1 });

    // A participant's post nothing flags yet, and a word of it no other check would catch.
    const { entry, word } = await until('an unflagged participant post with a long word', async () => {
      const feed = await call(core, 'chat.feed', { id: planned.id });
      for (const candidate of feed.entries) {
        if (candidate.role !== 'participant' || candidate.moderation !== null) continue;
        const long = candidate.item.text.match(/(?<![#@\w])[a-z]{7,}(?!\w)/giu)?.[0];
        if (long) return { entry: candidate, word: long.toLowerCase() };
      }
      return null;
    });

    const saved = await call(core, 'moderation.words.set', { words: { spam: [], abusive: [`  ${word} `], critical: [] } });
    expect(saved.extra).toEqual({ spam: [], abusive: [word], critical: [] });
    expect(saved.builtIn.abusive.length).toBeGreaterThan(0);
    expect(await call(core, 'moderation.words.get', {})).toEqual(saved);

    const feed = await call(core, 'chat.feed', { id: planned.id });
    const flagged = feed.entries.find((candidate) => candidate.item.id === entry.item.id);
    expect(flagged?.moderation).toEqual({ kind: 'abusive', reason: `Possibly abusive: “${word}”.` });

    // Taking the word out again un-flags it.
    await call(core, 'moderation.words.set', { words: { spam: [], abusive: [], critical: [] } });
    const cleared = await call(core, 'chat.feed', { id: planned.id });
    expect(cleared.entries.find((candidate) => candidate.item.id === entry.item.id)?.moderation).toBeNull();
  });

  it('refuses an empty word and a 101-character word, naming the field, and keeps the saved words', async () => {
    const core = start();
    await call(core, 'moderation.words.set', { words: { spam: ['crypto giveaway'], abusive: [], critical: [] } });

    await expect(call(core, 'moderation.words.set', { words: { spam: [], abusive: ['   '], critical: [] } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/words\.abusive\.0: A word cannot be empty/),
    });
    await expect(call(core, 'moderation.words.set', { words: { spam: [], abusive: [], critical: ['ok', 'w'.repeat(101)] } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/words\.critical\.1: A word can be at most 100 characters/),
    });
    expect((await call(core, 'moderation.words.get', {})).extra).toEqual({ spam: ['crypto giveaway'], abusive: [], critical: [] });
  });
});
