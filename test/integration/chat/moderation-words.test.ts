// The user's extra moderation words, through the contract with a real core (SQLite, the training
// sandbox at 60×): a word saved with moderation.words.set flags a live chat post that contains it,
// and bad words (empty, over 100 characters) are refused naming the field.
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/app';
import { createKeychainVault } from '../../../src/main/core/vault/keychain';
import { call, testKeychainService } from '../../helpers/accounts';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const cores: Core[] = [];
const services: string[] = [];

afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  for (const service of services.splice(0)) {
    const vault = createKeychainVault(service);
    for (const key of await vault.keys()) await vault.delete(key);
  }
});

function start(): Core {
  const keychainService = testKeychainService();
  services.push(keychainService);
  const core = createCore({ dataDir: tempDir(), mode: 'browser', version: '0.0.0-test', keychainService, clockSpeed: 60, trainingAmbientPerHour: 0 });
  cores.push(core);
  return core;
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

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
