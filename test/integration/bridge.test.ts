// The browser bridge over a real WebSocket on 127.0.0.1, in front of the real core.
import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/app';
import { startWebServer, type WebServer } from '../../src/main/web/server';
import { BRIDGE_PATH } from '../../src/shared/wire';
import { connectBridge, FrameReader } from '../helpers/bridge-client';
import { useTempDir } from '../helpers/temp-dir';

describe('browser bridge', () => {
  const tempDir = useTempDir();
  let core: Core;
  let server: WebServer;
  let calls: string[];
  const opened: WebSocket[] = [];

  beforeEach(async () => {
    const dataDir = tempDir();
    const rendererDir = join(dataDir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Columns</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dataDir, 'secret.txt'), 'outside the renderer');
    core = createCore({ dataDir, mode: 'browser', version: '1.2.3' });
    calls = [];
    server = await startWebServer({
      dispatch: (method, input) => {
        calls.push(String(method));
        return core.dispatch(method, input);
      },
      events: core.events,
      rendererDir,
    });
  });

  afterEach(async () => {
    for (const ws of opened.splice(0)) ws.terminate();
    await server.close();
    await core.close();
  });

  const bridgeUrl = (token: string | null): string => {
    const url = new URL(BRIDGE_PATH, server.origin);
    url.protocol = 'ws:';
    if (token !== null) url.searchParams.set('token', token);
    return url.href;
  };
  const browserHeaders = (): Record<string, string> => ({ origin: server.origin });

  async function open(): Promise<[WebSocket, FrameReader]> {
    const ws = await connectBridge(bridgeUrl(server.token), browserHeaders());
    if (!(ws instanceof WebSocket)) throw new Error(`refused with ${ws.status}`);
    opened.push(ws);
    return [ws, new FrameReader(ws)];
  }

  it('listens on 127.0.0.1 only and hands out a long random token', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
  });

  it('makes a contract round trip: app.info', async () => {
    const [ws, frames] = await open();
    ws.send(JSON.stringify({ id: 1, method: 'app.info', input: {} }));
    const frame = await frames.next();
    expect(frame).toEqual({
      type: 'result',
      id: 1,
      result: { ok: true, value: expect.objectContaining({ name: 'Columns', version: '1.2.3', mode: 'browser' }) },
    });
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'x'.repeat(43)],
    ['an empty token', ''],
  ])('refuses %s before any method runs', async (_label, token) => {
    const refused = await connectBridge(bridgeUrl(token), browserHeaders());
    expect(refused).toEqual({ status: 401 });
    expect(calls).toEqual([]);
  });

  it('refuses a foreign Origin and a foreign Host', async () => {
    await expect(connectBridge(bridgeUrl(server.token), { origin: 'https://evil.example' })).resolves.toEqual({ status: 403 });
    await expect(connectBridge(bridgeUrl(server.token), {})).resolves.toEqual({ status: 403 });
    await expect(
      connectBridge(bridgeUrl(server.token), { origin: server.origin, host: `evil.example:${server.port}` }),
    ).resolves.toEqual({ status: 421 });
    // fetch() drops a custom Host header, so ask with node:http as a rebinding attacker's page would arrive.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get({ host: '127.0.0.1', port: server.port, path: '/', headers: { host: 'rebound.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(421);
    expect(calls).toEqual([]);
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const page = await fetch(`${server.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'.*frame-ancestors 'none'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.origin}/assets/app.js`)).headers.get('content-type')).toContain('text/javascript');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%2e%2e%2fsecret.txt']) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
    expect((await fetch(`${server.origin}/`, { method: 'POST' })).status).toBe(405);
  });

  it('pushes core events to connected pages', async () => {
    const [ws, frames] = await open();
    ws.send(JSON.stringify({ id: 5, method: 'settings.update', input: { theme: 'dark' } }));
    const first = await frames.next();
    const second = await frames.next();
    expect([first, second]).toEqual(
      expect.arrayContaining([
        { type: 'event', event: 'settings.changed', payload: { theme: 'dark', timeZone: 'Europe/London', locale: 'en-GB' } },
        { type: 'result', id: 5, result: { ok: true, value: expect.objectContaining({ theme: 'dark' }) } },
      ]),
    );
  });

  it('answers invalid input with the field named, and unknown methods with unknown_method', async () => {
    const [ws, frames] = await open();
    ws.send(JSON.stringify({ id: 1, method: 'settings.update', input: { locale: 42 } }));
    expect(await frames.next()).toEqual({
      type: 'result',
      id: 1,
      result: { ok: false, error: { code: 'invalid_input', message: expect.stringContaining('locale') } },
    });
    ws.send(JSON.stringify({ id: 2, method: 'accounts.delete_everything', input: {} }));
    expect(await frames.next()).toEqual({
      type: 'result',
      id: 2,
      result: { ok: false, error: { code: 'unknown_method', message: expect.any(String) } },
    });
  });

  it('survives 1,200 malformed payloads and answers each with a structured error', async () => {
    const [ws, frames] = await open();
    const payloads = malformedPayloads(1200);
    expect(payloads.length).toBeGreaterThanOrEqual(1000);
    for (const payload of payloads) {
      ws.send(payload);
      const frame = await frames.next();
      expect(frame.type).toBe('result');
      if (frame.type !== 'result') continue;
      expect(frame.result.ok, payload.toString().slice(0, 120)).toBe(false);
      if (!frame.result.ok) {
        expect(['invalid_request', 'invalid_input', 'unknown_method']).toContain(frame.result.error.code);
        expect(frame.result.error.message.length).toBeGreaterThan(0);
      }
    }
    // Still up, still correct.
    ws.send(JSON.stringify({ id: 99_999, method: 'settings.get', input: {} }));
    expect(await frames.next()).toEqual({ type: 'result', id: 99_999, result: { ok: true, value: expect.any(Object) } });
    const settings = await core.dispatch('settings.get', {});
    expect(settings).toEqual({ ok: true, value: { theme: 'system', timeZone: 'Europe/London', locale: 'en-GB' } });
  });
});

/** Deterministic junk: broken JSON, wrong shapes, hostile method names and inputs that fail validation. */
function malformedPayloads(count: number): (string | Buffer)[] {
  let seed = 0x5eed;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const junkValues = [null, true, 0, -1, 1e308, '', 'x'.repeat(5000), [], [1, 2], {}, { a: { b: { c: [] } } }, '\u0000', '💥'];
  const methods = ['app.info', 'settings.get', 'settings.update', 'accounts.list'];
  const hostileNames = ['', ' ', '__proto__', 'constructor', 'app.info ', 'APP.INFO', '../app.info', 'settings.update\u0000', '💥'];
  const out: (string | Buffer)[] = [];
  let id = 1;
  const generators: (() => string | Buffer)[] = [
    () => pick(['', '{', '}', '{"id":', 'undefined', 'NaN', "{'id':1}", '[', '{"id":1,}', '\u0000\u0001']),
    () => Buffer.from([0xff, 0xfe, Math.floor(random() * 255)]),
    () => JSON.stringify(pick(junkValues)),
    () => JSON.stringify({ method: pick(methods), input: {} }),
    () => JSON.stringify({ id: pick([-1, 1.5, '7', null, [], {}, Number.MAX_SAFE_INTEGER + 2]), method: pick(methods), input: {} }),
    () => JSON.stringify({ id: id++, method: pick(junkValues.filter((v) => typeof v !== 'string')), input: {} }),
    () => JSON.stringify({ id: id++, method: pick(hostileNames), input: {} }),
    () => JSON.stringify({ id: id++, method: pick(['app.info', 'settings.get', 'accounts.list']), input: pick([null, 1, 'x', [], { extra: 1 }]) }),
    () =>
      JSON.stringify({
        id: id++,
        method: 'settings.update',
        input: pick([
          {},
          { theme: pick(junkValues) },
          { timeZone: pick(['Mars/Base', '', 'x'.repeat(100), 7, null]) },
          { locale: pick(['not a locale!', 12, null, '']) },
          { theme: 'dark', token: 'steal' },
          { __proto__: { theme: 'dark' } },
          JSON.parse('{"__proto__": {"polluted": true}}'),
        ]),
      }),
  ];
  for (let i = 0; i < count; i++) out.push(generators[i % generators.length]!());
  return out;
}
