// The organisation file through a real core and SQLite file: where it is found, what a refused
// file does, what a lock does to settings, the X app and prices, and the file changing on disk.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../../src/main/core/app';
import type { EventName } from '../../../src/shared/contract';
import type { OrganisationView } from '../../../src/shared/organisation';
import { call, testKeychainService } from '../../helpers/accounts';
import { useTempDir } from '../../helpers/temp-dir';
import { until } from '../../helpers/training-core';

const eventually = (what: string, probe: () => boolean | Promise<boolean>): Promise<true> =>
  until(what, async () => ((await probe()) ? true : null), 10_000, 25);

const tempDir = useTempDir();
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

const HORIZONS = {
  version: 1,
  organisation: 'Horizons NHS programme',
  x: { clientId: 'aG9yaXpvbnMtbmhzLWFwcDoxOmNp', clientType: 'public', callbackPort: 53700, plan: 'pay-per-use', prices: { post_read: 0.004 } },
  spend: { monthlyCapUsd: 40 },
  accounts: [{ handle: '@HorizonsNHS', colour: '#005EB8' }],
  settings: { timeZone: 'Europe/London', locale: 'en-GB' },
  locked: ['x.clientId', 'settings.timeZone', 'spend.monthlyCapUsd'],
};

function write(path: string, value: unknown): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

function start(dataDir: string, options: Partial<CoreOptions> = {}): Core {
  const core = createCore({
    dataDir,
    mode: 'browser',
    version: '0.0.0-test',
    keychainService: testKeychainService(),
    publish: false,
    streams: false,
    organisationSystemPath: join(dataDir, 'system', 'organisation.json'),
    organisationPollMs: 50,
    ...options,
  });
  cores.push(core);
  return core;
}

function recordEvents(core: Core): { name: EventName; payload: unknown }[] {
  const seen: { name: EventName; payload: unknown }[] = [];
  core.events.subscribe((name, payload) => seen.push({ name, payload }));
  return seen;
}

describe('where the organisation file is found', () => {
  it('reads COLUMNS_ORG_CONFIG first, then the system-wide path, then the data folder', async () => {
    const dir = tempDir();
    const envPath = write(join(dir, 'it', 'org.json'), { ...HORIZONS, organisation: 'From the environment' });
    write(join(dir, 'system', 'organisation.json'), { ...HORIZONS, organisation: 'System-wide' });
    write(join(dir, 'organisation.json'), { ...HORIZONS, organisation: 'Data folder' });

    const withEnv = await call(start(dir, { organisationFile: envPath }), 'organisation.get', {});
    expect(withEnv.source).toEqual({ path: envPath, via: 'env' });
    expect(withEnv.file?.organisation).toBe('From the environment');
    expect(withEnv.searched.map((place) => place.via)).toEqual(['env', 'system', 'data']);

    const withoutEnv = await call(start(dir), 'organisation.get', {});
    expect(withoutEnv.file?.organisation).toBe('System-wide');
    expect(withoutEnv.source?.via).toBe('system');
  });

  it('falls back to the data folder and says when COLUMNS_ORG_CONFIG names a missing file', async () => {
    const dir = tempDir();
    write(join(dir, 'organisation.json'), { ...HORIZONS, organisation: 'Data folder' });
    const view = await call(start(dir, { organisationFile: join(dir, 'nowhere.json') }), 'organisation.get', {});
    expect(view.source).toEqual({ path: join(dir, 'organisation.json'), via: 'data' });
    expect(view.error).toBe(`COLUMNS_ORG_CONFIG names ${join(dir, 'nowhere.json')}, which does not exist.`);
  });

  it('without a file, nothing is locked and settings are the app defaults', async () => {
    const core = start(tempDir());
    expect(await call(core, 'organisation.get', {})).toMatchObject({ source: null, file: null, error: null, locked: [] });
    expect(await call(core, 'xApp.get', {})).toMatchObject({ clientId: null, callbackPort: 53682, organisation: null });
  });
});

describe('a refused file', () => {
  it('names the field, and a client secret in the file is refused with the reason', async () => {
    const dir = tempDir();
    write(join(dir, 'organisation.json'), { ...HORIZONS, x: { ...HORIZONS.x, clientSecret: 'shh' }, accounts: [{ handle: 'not a handle!' }] });
    const view = await call(start(dir), 'organisation.get', {});
    expect(view.file).toBeNull();
    expect(view.error).toContain('x.clientSecret: a client secret never goes in the organisation file');
    expect(view.error).toContain('accounts.0.handle: must be an X handle such as @HorizonsNHS');
  });

  it('checks the Client ID as Settings does', async () => {
    const dir = tempDir();
    write(join(dir, 'organisation.json'), { ...HORIZONS, x: { ...HORIZONS.x, clientId: 'my-made-up-id' } });
    expect((await call(start(dir), 'organisation.get', {})).error).toContain('x.clientId: is not an X Client ID');
  });

  it('a lock without a value, bad JSON and a wrong version each say what is wrong', async () => {
    const dir = tempDir();
    const path = write(join(dir, 'organisation.json'), { version: 1, organisation: 'Horizons', locked: ['x.plan'] });
    const core = start(dir);
    expect((await call(core, 'organisation.get', {})).error).toBe(`${path}: locked.0: "x.plan" is locked, but the file gives it no value. The last good organisation settings stay in force.`);
    write(path, '{ "version": 1, ');
    await eventually('the file is read again', async () => (await call(core, 'organisation.get', {})).error?.includes('is not valid JSON') === true);
    write(path, { ...HORIZONS, version: 2 });
    await eventually('the file is read again', async () => (await call(core, 'organisation.get', {})).error?.includes('version: must be 1') === true);
  });

  it('keeps the last good file in force and tells the user once', async () => {
    const dir = tempDir();
    const path = write(join(dir, 'organisation.json'), HORIZONS);
    const core = start(dir);
    const events = recordEvents(core);
    write(path, { ...HORIZONS, settings: { timeZone: 'Mars/Olympus' } });
    await eventually('a notice', () => events.some((event) => event.name === 'app.notice'));
    const view = await call(core, 'organisation.get', {});
    expect(view.file?.organisation).toBe('Horizons NHS programme');
    expect(view.error).toContain('settings.timeZone: must be an IANA time zone such as Europe/London');
    expect(await call(core, 'xApp.get', {})).toMatchObject({ clientId: HORIZONS.x.clientId });
    expect(events.filter((event) => event.name === 'app.notice')).toHaveLength(1);
    expect(events.find((event) => event.name === 'app.notice')?.payload).toMatchObject({ code: 'organisation_refused' });
  });
});

describe('suggested and locked values', () => {
  it('locks what the file locks and suggests the rest until the user sets their own', async () => {
    const dir = tempDir();
    write(join(dir, 'organisation.json'), { ...HORIZONS, settings: { timeZone: 'Europe/London', locale: 'en-IE' } });
    const core = start(dir);
    expect(await call(core, 'settings.get', {})).toEqual({ theme: 'system', timeZone: 'Europe/London', locale: 'en-IE' });
    await expect(call(core, 'settings.update', { timeZone: 'America/New_York' })).rejects.toThrow(
      'invalid_input: timeZone: set by Horizons NHS programme in its organisation file and locked; ask your IT team to change it.',
    );
    expect(await call(core, 'settings.update', { locale: 'cy-GB' })).toMatchObject({ locale: 'cy-GB', timeZone: 'Europe/London' });

    expect(await call(core, 'xApp.get', {})).toMatchObject({
      clientId: HORIZONS.x.clientId,
      callbackPort: 53700,
      organisation: { name: 'Horizons NHS programme', clientType: 'public' },
    });
    await expect(call(core, 'xApp.update', { clientId: 'WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ' })).rejects.toThrow('invalid_input: clientId: set by Horizons NHS programme');
    // The port is only suggested: the user may move it (say, to one free on this machine).
    expect(await call(core, 'xApp.update', { callbackPort: 53800 })).toMatchObject({ callbackPort: 53800, clientId: HORIZONS.x.clientId });

    const spend = await call(core, 'spend.get', {});
    expect(spend.settings.monthlyCapUsd).toBe(40);
    expect(spend.settings.prices['post_read']).toBe(0.004);
    await expect(call(core, 'spend.update', { monthlyCapUsd: 100 })).rejects.toThrow('invalid_input: monthlyCapUsd: set by Horizons NHS programme');
  });

  it('a user setting made before the file stays unless the file locks that value', async () => {
    const dir = tempDir();
    const first = start(dir);
    await call(first, 'settings.update', { timeZone: 'Europe/Dublin', locale: 'en-IE' });
    await first.close();
    cores.splice(cores.indexOf(first), 1);
    write(join(dir, 'organisation.json'), { ...HORIZONS, settings: { timeZone: 'Europe/London', locale: 'en-GB' } });
    expect(await call(start(dir), 'settings.get', {})).toMatchObject({ timeZone: 'Europe/London', locale: 'en-IE' });
  });
});

describe('the file changing on disk', () => {
  it('applies a new file, a change and a removal while running, and says so', async () => {
    const dir = tempDir();
    const core = start(dir);
    const events = recordEvents(core);
    const path = write(join(dir, 'organisation.json'), HORIZONS);
    await eventually('organisation.changed', () => events.some((event) => event.name === 'organisation.changed'));
    expect(await call(core, 'xApp.get', {})).toMatchObject({ clientId: HORIZONS.x.clientId });
    expect(events.map((event) => event.name)).toEqual(expect.arrayContaining(['settings.changed', 'columns.invalidated', 'organisation.changed']));

    write(path, { ...HORIZONS, locked: [...HORIZONS.locked, 'settings.locale'] });
    await eventually('the file is read again', async () => (await call(core, 'organisation.get', {})).locked.includes('settings.locale'));
    await expect(call(core, 'settings.update', { locale: 'fr-FR' })).rejects.toThrow('locale: set by Horizons NHS programme');

    const { rmSync } = await import('node:fs');
    rmSync(path);
    await eventually('the file is read again', async () => (await call(core, 'organisation.get', {})).source === null);
    expect(await call(core, 'settings.update', { locale: 'fr-FR' })).toMatchObject({ locale: 'fr-FR' });
    expect((events.filter((event) => event.name === 'organisation.changed').at(-1)?.payload as OrganisationView).file).toBeNull();
  });
});

describe('export for a colleague', () => {
  it('writes the current set-up as a file Columns reads back, without secrets or training accounts', async () => {
    const dir = tempDir();
    const core = start(dir);
    await call(core, 'xApp.update', { clientId: 'aG9yaXpvbnMtbmhzLWFwcDoxOmNp', callbackPort: 53777, plan: 'enterprise' });
    await call(core, 'settings.update', { timeZone: 'Europe/London', locale: 'en-GB' });
    await call(core, 'spend.update', { monthlyCapUsd: 25, prices: { post_read: 0.006 } });
    const exported = await call(core, 'organisation.export', { name: 'Sch4Change' });
    expect(exported.filename).toBe('organisation.json');
    const file = JSON.parse(exported.content) as Record<string, unknown>;
    expect(file).toEqual({
      version: 1,
      organisation: 'Sch4Change',
      x: { clientId: 'aG9yaXpvbnMtbmhzLWFwcDoxOmNp', clientType: 'public', callbackPort: 53777, plan: 'enterprise', prices: { post_read: 0.006 } },
      spend: { monthlyCapUsd: 25 },
      accounts: [],
      settings: { timeZone: 'Europe/London', locale: 'en-GB' },
      locked: [],
    });
    expect(exported.content).not.toMatch(/secret"\s*:/i);

    const colleague = tempDir();
    write(join(colleague, 'organisation.json'), exported.content);
    const theirs = start(colleague);
    expect((await call(theirs, 'organisation.get', {})).error).toBeNull();
    expect(await call(theirs, 'xApp.get', {})).toMatchObject({ clientId: 'aG9yaXpvbnMtbmhzLWFwcDoxOmNp', callbackPort: 53777, plan: 'enterprise' });
    expect((await call(theirs, 'spend.get', {})).settings).toMatchObject({ monthlyCapUsd: 25 });
  });
});
