// No token leaves core: after connecting two accounts and a refresh, the token strings appear in no
// SQLite file of the data folder (WAL included), in nothing printed to the console, and in no frame
// the browser bridge sent.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../src/main/web/server';
import { BRIDGE_PATH } from '../../../src/shared/wire';
import type { ConnectProgress } from '../../../src/shared/accounts';
import { connectBridge } from '../../helpers/bridge-client';
import { playBrowser, startHarness, type Harness } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';

const sandbox = useSandbox();
const tempDir = useTempDir();
let harness: Harness | undefined;
let web: WebServer | undefined;

afterEach(async () => {
  await web?.close();
  await harness?.close();
  harness = undefined;
  web = undefined;
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('secrets', () => {
  it('keeps every token out of SQLite, the console and the browser bridge', async () => {
    const printed: string[] = [];
    const originals = { log: console.log, error: console.error, warn: console.warn, info: console.info };
    for (const name of ['log', 'error', 'warn', 'info'] as const) console[name] = (...args: unknown[]) => void printed.push(args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    try {
      const h = await startHarness(tempDir(), sandbox());
      harness = h;
      web = await startWebServer({ dispatch: h.core.dispatch, events: h.core.events, rendererDir: tempDir() });
      const url = new URL(BRIDGE_PATH, web.origin);
      url.protocol = 'ws:';
      url.searchParams.set('token', web.token);
      const ws = await connectBridge(url.href, { origin: web.origin });
      if (!(ws instanceof WebSocket)) throw new Error('bridge refused');
      const frames: string[] = [];
      const waiters = new Map<number, (frame: { result: { ok: boolean; value?: unknown } }) => void>();
      ws.on('message', (data) => {
        const text = data.toString();
        frames.push(text);
        const frame = JSON.parse(text) as { type: string; id?: number; result: { ok: boolean; value?: unknown } };
        if (frame.type === 'result' && frame.id !== undefined) waiters.get(frame.id)?.(frame);
      });
      let id = 0;
      const bridgeCall = (method: string, input: unknown = {}): Promise<{ ok: boolean; value?: unknown }> => {
        const own = ++id;
        return new Promise((resolve) => {
          waiters.set(own, (frame) => resolve(frame.result));
          ws.send(JSON.stringify({ id: own, method, input }));
        });
      };

      for (const username of ['HorizonsNHS', 'Sch4Change']) {
        const waiting = (await bridgeCall('accounts.connect')).value as ConnectProgress;
        await playBrowser(sandbox(), waiting.authorizeUrl ?? '', username);
        expect((await h.ending(waiting.attemptId)).state).toBe('connected');
      }
      const accounts = (await bridgeCall('accounts.list')).value as { id: string; userId: string }[];
      const firstTokens = await Promise.all(accounts.map((a) => h.vault.get(`x:${a.userId}`)));
      // A refresh: the access token expires at X, the provider renews it.
      await sandbox().admin('POST', '/admin/tokens/expire', { username: 'HorizonsNHS' });
      await (await h.core.providerFor(accounts[0]?.id ?? '')).timeline({ kind: 'mentions' });
      await bridgeCall('accounts.update', { id: accounts[0]?.id, colour: '#010203' });
      await bridgeCall('xApp.update', { clientSecret: 'confidential-client-secret-value' });
      await bridgeCall('xApp.get');
      await bridgeCall('vault.status');
      const lastTokens = await Promise.all(accounts.map((a) => h.vault.get(`x:${a.userId}`)));
      ws.close();

      const secrets = [...firstTokens, ...lastTokens]
        .filter((entry): entry is string => entry !== null)
        .flatMap((entry) => {
          const { accessToken, refreshToken } = JSON.parse(entry) as { accessToken: string; refreshToken: string };
          return [accessToken, refreshToken];
        });
      secrets.push('confidential-client-secret-value');
      expect(new Set(secrets).size).toBeGreaterThanOrEqual(7); // two accounts, one refreshed, and the app secret

      const sqliteFiles = filesUnder(h.dataDir).filter((file) => /\.db(-wal|-shm)?$/.test(file));
      expect(sqliteFiles.some((file) => file.endsWith('columns.db-wal'))).toBe(true);
      const haystacks = [...sqliteFiles.map((file) => readFileSync(file).toString('latin1')), printed.join('\n'), frames.join('\n')];
      expect(frames.length).toBeGreaterThan(8);
      for (const secret of secrets) {
        for (const haystack of haystacks) expect(haystack.includes(secret)).toBe(false);
      }
    } finally {
      Object.assign(console, originals);
    }
  });
});
