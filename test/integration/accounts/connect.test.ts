// "Add account" end to end: PKCE against a real sandbox standing in for X, the person's browser
// played through the real authorize page, tokens in the real keychain, metadata in a real SQLite
// file. Every ending other than connected leaves nothing stored anywhere.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/core/paths';
import { call, connectAs, playBrowser, startHarness, type Harness } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { EXAMPLE_CLIENT_ID } from '../../../src/main/core/accounts/client-id';
import { SANDBOX_CLIENT_ID } from '../../../src/main/sandbox/oauth/clients';

const sandbox = useSandbox();
const tempDir = useTempDir();
let harness: Harness | undefined;

async function start(overrides = {}): Promise<Harness> {
  harness = await startHarness(tempDir(), sandbox(), overrides);
  return harness;
}

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** What is stored, read straight from the keychain and the SQLite file. */
async function stored(h: Harness): Promise<{ keys: string[]; rows: { handle: string; status: string }[] }> {
  const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const rows = db.prepare<[], { handle: string; status: string }>('SELECT handle, status FROM accounts ORDER BY handle').all();
    return { keys: (await h.vault.keys()).sort(), rows };
  } finally {
    db.close();
  }
}

describe('connecting X accounts', () => {
  it('connects two accounts through PKCE: tokens in the keychain, metadata in SQLite, defaults by kind', async () => {
    const h = await start();
    const horizons = await connectAs(h, sandbox(), 'HorizonsNHS');
    expect(horizons).toMatchObject({ state: 'connected', message: null, account: { handle: 'HorizonsNHS', status: 'active', training: false } });
    const sam = await connectAs(h, sandbox(), 'sam_comms');
    expect(sam.state).toBe('connected');

    const accounts = await call(h.core, 'accounts.list', {});
    expect(accounts.map((a) => a.handle)).toEqual(['HorizonsNHS', 'sam_comms']);
    // The first live account starts the desk (its Mentions, Scheduled); the second adds nothing.
    expect((await call(h.core, 'columns.list', {})).map((column) => column.title)).toEqual(['Mentions · @HorizonsNHS', 'Scheduled']);
    const [first, second] = accounts;
    // New accounts start as corporate (confirm and alt text on) with different palette colours.
    expect(first).toMatchObject({ kind: 'corporate', confirmBeforePosting: true, requireAltText: true, network: 'x' });
    expect(first?.colour).not.toBe(second?.colour);
    expect(first?.avatarUrl).toMatch(/^https:\/\//);

    const keys = await h.vault.keys();
    expect(keys.sort()).toEqual([`x:${first?.userId}`, `x:${second?.userId}`].sort());
    const tokens = JSON.parse((await h.vault.get(`x:${first?.userId}`)) ?? '{}') as Record<string, unknown>;
    expect(tokens).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresAt: expect.any(String) });
    expect(tokens['scope']).toContain('tweet.write');

    // Progress went waiting → exchanging → connected, and the list was announced.
    expect(h.progress.filter((p) => p.attemptId === horizons.attemptId).map((p) => p.state)).toEqual(['waiting', 'exchanging', 'connected']);
    expect(h.changed.at(-1)?.map((a) => a.handle)).toEqual(['HorizonsNHS', 'sam_comms']);

    // Settings can be changed, and survive.
    const personal = await call(h.core, 'accounts.update', { id: second?.id ?? '', kind: 'personal', confirmBeforePosting: false, requireAltText: false, colour: '#ABCDEF' });
    expect(personal).toMatchObject({ kind: 'personal', confirmBeforePosting: false, requireAltText: false, colour: '#abcdef' });
    await expect(h.core.dispatch('accounts.update', { id: 'nope', kind: 'personal' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('updates the same X user when it connects again, never duplicating it', async () => {
    const h = await start();
    const first = await connectAs(h, sandbox(), 'Sch4Change');
    const before = await h.vault.get(`x:${first.account?.userId}`);
    await call(h.core, 'accounts.update', { id: first.account?.id ?? '', colour: '#123456' });
    const again = await connectAs(h, sandbox(), 'Sch4Change');
    expect(again.account?.id).toBe(first.account?.id);
    expect(again.account?.colour).toBe('#123456');
    expect(await call(h.core, 'accounts.list', {})).toHaveLength(1);
    expect(await h.vault.get(`x:${first.account?.userId}`)).not.toBe(before);
    expect((await stored(h)).keys).toHaveLength(1);
  });

  it('opens the authorize page itself when given openExternal', async () => {
    const opened: string[] = [];
    const h = await start({ openExternal: (url: string) => void opened.push(url) });
    const waiting = await call(h.core, 'accounts.connect', {});
    expect(waiting).toMatchObject({ state: 'waiting', opened: true });
    expect(opened).toEqual([waiting.authorizeUrl]);
    expect(new URL(waiting.authorizeUrl ?? '').pathname).toBe('/i/oauth2/authorize');
    await call(h.core, 'accounts.cancelConnect', { attemptId: waiting.attemptId });
  });

  it('leaves nothing stored when the person denies', async () => {
    const h = await start();
    const waiting = await call(h.core, 'accounts.connect', {});
    expect(waiting.opened).toBe(false);
    expect(await playBrowser(sandbox(), waiting.authorizeUrl ?? '', 'HorizonsNHS', 'deny')).toBe(200);
    expect(await h.ending(waiting.attemptId)).toMatchObject({ state: 'denied', account: null, message: expect.stringContaining('not given') });
    expect(await stored(h)).toEqual({ keys: [], rows: [] });
  });

  it('leaves nothing stored when cancelled, and the callback is closed afterwards', async () => {
    const h = await start();
    const waiting = await call(h.core, 'accounts.connect', {});
    const cancelled = await call(h.core, 'accounts.cancelConnect', { attemptId: waiting.attemptId });
    expect(cancelled).toMatchObject({ state: 'cancelled', attemptId: waiting.attemptId });
    // The person approves in a tab still open: nothing is listening any more.
    await expect(playBrowser(sandbox(), waiting.authorizeUrl ?? '', 'HorizonsNHS')).rejects.toThrow();
    expect(await stored(h)).toEqual({ keys: [], rows: [] });
    await expect(h.core.dispatch('accounts.cancelConnect', { attemptId: waiting.attemptId })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('times out and leaves nothing stored', async () => {
    const h = await start({ connectTimeoutMs: 300 });
    const waiting = await call(h.core, 'accounts.connect', {});
    expect(await h.ending(waiting.attemptId)).toMatchObject({ state: 'timed_out', message: expect.stringContaining('Nothing came back') });
    expect(await stored(h)).toEqual({ keys: [], rows: [] });
  });

  it('answers a callback with the wrong state 400 and keeps waiting for the right one', async () => {
    const h = await start();
    const waiting = await call(h.core, 'accounts.connect', {});
    const port = Number(new URL(new URL(waiting.authorizeUrl ?? '').searchParams.get('redirect_uri') ?? '').port);
    const forged = await fetch(`http://127.0.0.1:${port}/callback?code=stolen&state=not-the-state`);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('does not belong');
    expect(await stored(h)).toEqual({ keys: [], rows: [] });
    expect(h.progress.filter((p) => p.attemptId === waiting.attemptId).map((p) => p.state)).toEqual(['waiting']);
    // Nothing but the callback path is answered.
    expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);

    await playBrowser(sandbox(), waiting.authorizeUrl ?? '', 'HorizonsNHS');
    expect((await h.ending(waiting.attemptId)).state).toBe('connected');
  });

  it('replaces a waiting attempt with a new one on the same callback port', async () => {
    const h = await start();
    const first = await call(h.core, 'accounts.connect', {});
    const second = await call(h.core, 'accounts.connect', {});
    expect(await h.ending(first.attemptId)).toMatchObject({ state: 'cancelled', message: expect.stringContaining('replaced') });
    await playBrowser(sandbox(), second.authorizeUrl ?? '', 'sam_comms');
    expect((await h.ending(second.attemptId)).state).toBe('connected');
  });

  it('refuses a reconnect signed in as someone else, keeping the account as it was', async () => {
    const h = await start();
    const horizons = await connectAs(h, sandbox(), 'HorizonsNHS');
    const tokens = await h.vault.get(`x:${horizons.account?.userId}`);
    const wrong = await connectAs(h, sandbox(), 'sam_comms', horizons.account?.id);
    expect(wrong).toMatchObject({ state: 'failed', message: expect.stringContaining('@sam_comms') });
    expect(await h.vault.get(`x:${horizons.account?.userId}`)).toBe(tokens);
    expect((await stored(h)).rows).toEqual([{ handle: 'HorizonsNHS', status: 'active' }]);
  });

  it('asks for the X app client id before connecting', async () => {
    const h = await start();
    await call(h.core, 'xApp.update', { clientId: null });
    await expect(h.core.dispatch('accounts.connect', {})).resolves.toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringContaining('Client ID') } });
  });

  it('refuses a made-up Client ID by name, and one saved before the check before the browser opens', async () => {
    const h = await start();
    const refused = await h.core.dispatch('xApp.update', { clientId: 'my-app', callbackPort: 54001 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^Invalid input for xApp\.update: clientId: is not an X Client ID/) } });
    // Nothing of the refused update was saved.
    const kept = await call(h.core, 'xApp.get', {});
    expect(kept.clientId).toBe(SANDBOX_CLIENT_ID);
    expect(kept.callbackPort).not.toBe(54001);

    // An older Columns saved anything: connecting refuses it before any callback server or browser.
    const db = new Database(join(h.dataDir, DATABASE_FILE));
    db.prepare("UPDATE settings SET value = ? WHERE key = 'x_app.client_id'").run(JSON.stringify('made-up-id'));
    db.close();
    const connect = await h.core.dispatch('accounts.connect', {});
    expect(connect).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(/clientId is not an X Client ID.*Correct it in Settings/) } });
    expect(h.progress).toEqual([]);
  });

  it('keeps the X app settings in SQLite and its secret in the keychain', async () => {
    const h = await start();
    const settings = await call(h.core, 'xApp.update', { clientId: EXAMPLE_CLIENT_ID, clientSecret: 'shh-its-a-secret', callbackPort: 54000 });
    expect(settings).toEqual({
      clientId: EXAMPLE_CLIENT_ID,
      hasClientSecret: true,
      callbackPort: 54000,
      callbackUrl: 'http://127.0.0.1:54000/callback',
      scopes: expect.arrayContaining(['tweet.write', 'offline.access']),
      plan: 'pay-per-use',
      organisation: null,
    });
    // The X API plan: pay-per-use until the user says otherwise; anything else is refused by name.
    expect((await call(h.core, 'xApp.update', { plan: 'enterprise' })).plan).toBe('enterprise');
    expect((await call(h.core, 'xApp.get', {})).plan).toBe('enterprise');
    await expect(h.core.dispatch('xApp.update', { plan: 'gold' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('plan') } });
    expect(await h.vault.get('xapp:client-secret')).toBe('shh-its-a-secret');
    const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
    expect(JSON.stringify(db.prepare('SELECT * FROM settings').all())).not.toContain('shh-its-a-secret');
    db.close();
    expect(await call(h.core, 'xApp.update', { clientSecret: null })).toMatchObject({ hasClientSecret: false });
    expect(await call(h.core, 'vault.status', {})).toEqual({ available: true, message: null });
  });
});
