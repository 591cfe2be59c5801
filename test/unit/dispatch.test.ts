import { describe, expect, it, vi } from 'vitest';
import { methodNames, contract } from '../../src/shared/contract';
import { AppError } from '../../src/main/core/errors';
import { createDispatch, type Handlers } from '../../src/main/core/rpc/dispatch';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { ConnectProgress, XAppSettings } from '../../src/shared/accounts';

const waiting: ConnectProgress = { attemptId: 'a1', state: 'waiting', authorizeUrl: 'https://x.com/i/oauth2/authorize', opened: false, message: null, account: null };
const xApp: XAppSettings = { clientId: null, hasClientSecret: false, callbackPort: 53682, callbackUrl: 'http://127.0.0.1:53682/callback', scopes: [], plan: 'pay-per-use', organisation: null };

const noChat = (): never => {
  throw new AppError('invalid_request', 'There is no such chat.');
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app.info': () => ({ name: 'Columns', version: '0.0.0', dataDir: '/tmp/x', mode: 'browser', platform: 'linux', notices: [], clock: { speed: 1, nowMs: 0 } }),
    'settings.get': () => DEFAULT_SETTINGS,
    'settings.update': (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
    'accounts.list': () => [],
    'training.status': () => ({ running: false, url: null }),
    'training.start': () => ({ running: true, url: 'https://127.0.0.1:1' }),
    'training.connect': () => [],
    'training.reconnect': () => [],
    'accounts.connect': () => waiting,
    'accounts.cancelConnect': () => ({ ...waiting, state: 'cancelled' }),
    'accounts.update': () => {
      throw new AppError('invalid_request', 'no such account');
    },
    'accounts.remove': () => [],
    'xApp.get': () => xApp,
    'xApp.update': () => xApp,
    'vault.status': () => ({ available: true, message: null }),
    'queue.publisher': () => ({ publisher: 'this', holder: 'the Columns app', host: 'laptop', pid: 1, since: '2026-01-01T00:00:00.000Z' }),
    'organisation.get': () => ({ source: null, searched: [], file: null, error: null, locked: [], loadedAt: null }),
    'organisation.export': () => ({ filename: 'organisation.json', mimeType: 'application/json', content: '{}' }),
    'compose.measure': () => [],
    'media.add': () => ({ id: 'm1', name: 'a.png', mimeType: 'image/png', kind: 'photo', bytes: 1, altText: null }),
    'media.setAltText': () => ({ id: 'm1', name: 'a.png', mimeType: 'image/png', kind: 'photo', bytes: 1, altText: null }),
    'media.preview': () => ({ dataUrl: null }),
    'unsaved.get': () => null,
    'unsaved.save': ({ scope }) => ({ scope, content: {}, updatedAt: '2026-01-01T00:00:00.000Z' }),
    'unsaved.clear': () => ({ cleared: false }),
    'schedule.resolveLocal': () => ({ kind: 'ok', dueAt: '2026-01-01T09:00:00.000Z', label: '09:00 GMT (UTC+0)' }),
    'queueSlots.get': () => [],
    'queueSlots.set': () => [],
    'queueSlots.open': () => [],
    'schedule.exportIcs': () => ({ filename: 'columns-schedule.ics', ics: '' }),
    'schedule.importCsv': () => ({ rows: [], valid: 0, invalid: 0, imported: 0, postIds: [], encoding: 'utf-8', delimiter: ',', findings: [], confirmation: null }),
    'confirmations.required': () => [],
    'confirmations.list': () => [],
    'postChecks.run': () => [],
    'schedule.csvTemplate': () => ({ filename: 'columns-import-template.csv', csv: '' }),
    'queue.create': () => [],
    'queue.list': () => [],
    'queue.previewSlots': () => [],
    'queue.edit': () => {
      throw new AppError('invalid_input', 'no such post');
    },
    'queue.reschedule': () => {
      throw new AppError('invalid_input', 'no such post');
    },
    'queue.act': () => null,
    'queue.history': () => [],
    'queue.attention': () => ({ failed: 0, held: 0 }),
    'columns.list': () => [],
    'columns.add': () => {
      throw new AppError('invalid_input', 'no such account');
    },
    'columns.update': () => {
      throw new AppError('invalid_request', 'no such column');
    },
    'columns.remove': () => [],
    'columns.reorder': () => [],
    'columns.items': () => ({ items: [], cursor: null }),
    'columns.markSeen': ({ id }) => ({ columnId: id, nextRefreshAt: null, lastRefreshedAt: null, waiting: null, newCount: 0, cost: { usdPerDay: 0, requests: [], allColumnsUsdPerDay: 0 } }),
    'columns.refresh': ({ id }) => ({ columnId: id, nextRefreshAt: null, lastRefreshedAt: null, waiting: null, newCount: 0, cost: { usdPerDay: 0, requests: [], allColumnsUsdPerDay: 0 } }),
    'columns.statuses': () => [],
    'items.act': () => {
      throw new AppError('invalid_request', 'no such item');
    },
    'spend.get': () => ({ settings: { prices: {}, monthlyCapUsd: null }, accounts: [] }),
    'spend.update': () => ({ prices: {}, monthlyCapUsd: null }),
    'muteWords.get': () => [],
    'muteWords.set': ({ words }) => words,
    'mutedAuthors.list': () => [],
    'mutedAuthors.unmute': () => [],
    'chat.list': () => [],
    'chat.get': noChat,
    'chat.save': noChat,
    'chat.schedule': noChat,
    'chat.cancel': noChat,
    'chat.delete': () => [],
    'chat.feed': noChat,
    'chat.post': noChat,
    'chat.revokeGrant': noChat,
    'chat.report': noChat,
    'chat.export': noChat,
    'chat.templates': () => [],
    'chat.saveTemplate': noChat,
    'chat.deleteTemplate': () => [],
    'chat.practice': noChat,
    'chat.rehearse': noChat,
    'moderation.words.get': noChat,
    'moderation.words.set': noChat,
    ...overrides,
  };
}

describe('dispatch', () => {
  it('answers a valid call with the handler value', async () => {
    const dispatch = createDispatch(handlers());
    await expect(dispatch('app.info', {})).resolves.toEqual({
      ok: true,
      value: expect.objectContaining({ name: 'Columns', mode: 'browser' }),
    });
  });

  it('names the offending field on invalid input and never calls the handler', async () => {
    const update = vi.fn();
    const dispatch = createDispatch(handlers({ 'settings.update': update }));
    const result = await dispatch('settings.update', { timeZone: 'Mars/Olympus_Mons' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('timeZone') } });
    expect(update).not.toHaveBeenCalled();
  });

  it('rejects unknown keys rather than passing them through', async () => {
    const dispatch = createDispatch(handlers());
    const result = await dispatch('settings.update', { theme: 'dark', token: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
  });

  it.each(['nope', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 42, null, undefined, { m: 1 }])(
    'answers unknown_method for %j',
    async (method) => {
      const result = await createDispatch(handlers())(method, {});
      expect(result).toEqual({ ok: false, error: { code: 'unknown_method', message: expect.any(String) } });
    },
  );

  it('passes AppError codes through and hides unexpected errors', async () => {
    const logError = vi.fn();
    const dispatch = createDispatch(
      handlers({
        'accounts.list': () => {
          throw new AppError('unavailable', 'The keychain is locked.');
        },
        'settings.get': () => {
          throw new Error('SQLITE_IOERR at /home/secret/path');
        },
      }),
      { logError },
    );
    await expect(dispatch('accounts.list', {})).resolves.toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The keychain is locked.' },
    });
    const hidden = await dispatch('settings.get', {});
    expect(hidden).toEqual({ ok: false, error: { code: 'internal', message: expect.not.stringContaining('secret') } });
    expect(logError).toHaveBeenCalledOnce();
  });

  it('validates the accounts inputs before any handler runs', async () => {
    const remove = vi.fn();
    const dispatch = createDispatch(handlers({ 'accounts.remove': remove }));
    const missingChoice = await dispatch('accounts.remove', { id: 'a' });
    expect(missingChoice).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('queuedPosts') } });
    const badColour = await dispatch('accounts.update', { id: 'a', colour: 'red' });
    expect(badColour).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('colour') } });
    const lowPort = await dispatch('xApp.update', { callbackPort: 80 });
    expect(lowPort).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('callbackPort') } });
    expect(remove).not.toHaveBeenCalled();
  });

  it('declares a zod input schema for every method', () => {
    expect(methodNames.length).toBeGreaterThan(0);
    for (const name of methodNames) {
      expect(typeof contract.methods[name].input.safeParse).toBe('function');
    }
  });
});
