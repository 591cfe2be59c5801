// Training mode's "connect my accounts": the same PKCE flow against the in-process training
// sandbox, core approving as each practice account; the accounts then post there.
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/app';
import { createKeychainVault } from '../../../src/main/core/vault/keychain';
import type { ConnectProgress } from '../../../src/shared/accounts';
import { call, testKeychainService } from '../../helpers/accounts';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const service = testKeychainService();
let core: Core | undefined;

afterEach(async () => {
  await core?.close();
  core = undefined;
  const vault = createKeychainVault(service);
  for (const key of await vault.keys()) await vault.delete(key);
});

describe('training accounts', () => {
  it('connects the cast through the connect flow, posts in the sandbox, and connecting again updates', async () => {
    core = createCore({ dataDir: tempDir(), mode: 'browser', version: '0.0.0-test', keychainService: service, trainingAmbientPerHour: 0 });
    const accounts = await call(core, 'training.connect', {});
    expect(accounts.map((a) => [a.handle, a.kind, a.training, a.confirmBeforePosting, a.requireAltText])).toEqual([
      ['HorizonsNHS', 'corporate', true, true, true],
      ['Sch4Change', 'corporate', true, true, true],
      ['sam_comms', 'personal', true, false, false],
    ]);
    const keys = (await createKeychainVault(service).keys()).sort();
    expect(keys).toEqual(accounts.map((a) => `training:${a.userId}`).sort());

    const sam = accounts[2];
    const posted = await (await core.providerFor(sam?.id ?? '')).publish({ text: 'My first practice post' });
    expect(core.training.server()?.world.posts.get(posted.id)?.text).toBe('My first practice post');

    // Practising starts with a working desk: Mentions for each account, All mentions, Scheduled.
    const desk = ['Mentions · @HorizonsNHS', 'Mentions · @Sch4Change', 'Mentions · @sam_comms', 'All mentions', 'Scheduled'];
    expect((await call(core, 'columns.list', {})).map((column) => column.title)).toEqual(desk);

    const again = await call(core, 'training.connect', {});
    expect(again.map((a) => a.id)).toEqual(accounts.map((a) => a.id));
    expect(await call(core, 'accounts.list', {})).toHaveLength(3);
    // Practising again adds nothing twice; a column the user removed stays removed only if they have the rest.
    expect((await call(core, 'columns.list', {})).map((column) => column.title)).toEqual(desk);

    // A training account reconnects with core playing the browser.
    const connected = new Promise<void>((resolve) =>
      core?.events.subscribe((event, payload) => {
        if (event === 'accounts.connectProgress' && (payload as ConnectProgress).state === 'connected') resolve();
      }),
    );
    const waiting = await call(core, 'accounts.connect', { accountId: sam?.id ?? '' });
    expect(waiting).toMatchObject({ state: 'waiting', opened: true });
    await connected;
    expect((await call(core, 'accounts.list', {})).find((a) => a.id === sam?.id)?.status).toBe('active');
  }, 40_000);

  it('reconnects every training account whose sign-in is lost with one call, and says what happened in Columns\' words', async () => {
    core = createCore({ dataDir: tempDir(), mode: 'browser', version: '0.0.0-test', keychainService: service, trainingAmbientPerHour: 0 });
    const accounts = await call(core, 'training.connect', {});
    expect(accounts.map((a) => a.statusNote)).toEqual([null, null, null]);
    const vault = createKeychainVault(service);
    const [horizons, sch, sam] = accounts;
    if (!horizons || !sch || !sam) throw new Error('the training cast did not connect');

    // Two sign-ins go missing from the keychain; core marks the accounts as the token store does.
    for (const lost of [horizons, sam]) {
      await vault.delete(`training:${lost.userId}`);
      core.accounts.markNeedsReauth(lost.id, 'no tokens in the keychain');
    }
    const before = await call(core, 'accounts.list', {});
    expect(before.map((a) => [a.handle, a.status, a.statusNote])).toEqual([
      ['HorizonsNHS', 'needs_reauth', "Columns can no longer find this account's sign-in in the keychain. Nothing posts from it until you reconnect."],
      ['Sch4Change', 'active', null],
      ['sam_comms', 'needs_reauth', "Columns can no longer find this account's sign-in in the keychain. Nothing posts from it until you reconnect."],
    ]);

    const after = await call(core, 'training.reconnect', {});
    expect(after.map((a) => [a.id, a.status, a.statusNote])).toEqual(accounts.map((a) => [a.id, 'active', null]));
    expect((await vault.keys()).sort()).toEqual(accounts.map((a) => `training:${a.userId}`).sort());
    // The reconnected accounts post again.
    const posted = await (await core.providerFor(sam.id)).publish({ text: 'Back after reconnecting' });
    expect(core.training.server()?.world.posts.get(posted.id)?.text).toBe('Back after reconnecting');

    // Nothing lost: nothing to do, the list as it is.
    expect((await call(core, 'training.reconnect', {})).map((a) => a.status)).toEqual(['active', 'active', 'active']);
  }, 40_000);
});
