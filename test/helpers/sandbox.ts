// A real sandbox over HTTPS on 127.0.0.1 per test file, and the unmodified twitter-api-v2 client
// pointed at it through the loopback agent (URLs stay api.x.com; certificate checks stay on).
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TwitterApi } from 'twitter-api-v2';
import { afterAll, beforeAll } from 'vitest';
import type { SandboxOptionsInput } from '../../src/main/sandbox/options';
import { startSandbox, type SandboxServer } from '../../src/main/sandbox/server';
import { LoopbackAgent } from '../../src/main/core/net/loopback-agent';

export const ALL_SCOPES = 'tweet.read tweet.write tweet.moderate.write users.read timeline.read like.write like.read mute.write mute.read follows.write media.write offline.access';

export interface SandboxFixture {
  server: SandboxServer;
  agent: LoopbackAgent;
  /** A twitter-api-v2 client acting as @username with these scopes (tokens issued directly). */
  clientFor(username: string, scope?: string): TwitterApi;
  /** Calls the admin interface. */
  admin<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** A raw HTTPS request to the sandbox (for bodies no library would send). */
  raw(method: string, path: string, options?: { headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse>;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = unknown>(): T;
}

/** Starts one sandbox for the file (admin on, no full seed unless asked) and stops it afterwards. */
export function useSandbox(options: Partial<SandboxOptionsInput> = {}): () => SandboxFixture {
  let fixture: SandboxFixture | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'columns-sandbox-'));
    const server = await startSandbox({ dataDir, admin: true, seed: false, ...options });
    fixture = makeFixture(server);
  });
  afterAll(async () => {
    fixture?.agent.destroy();
    await fixture?.server.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return () => {
    if (!fixture) throw new Error('sandbox not started');
    return fixture;
  };
}

export function makeFixture(server: SandboxServer): SandboxFixture {
  const agent = new LoopbackAgent({ port: server.port, ca: server.caCertPem });
  const raw: SandboxFixture['raw'] = (method, path, options = {}) =>
    new Promise((resolve, reject) => {
      const req = request(`https://api.x.com${path}`, { method, agent, headers: options.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(options.body);
    });
  return {
    server,
    agent,
    raw,
    clientFor(username, scope = ALL_SCOPES) {
      const tokens = server.issueTokens(username, scope);
      return new TwitterApi(tokens.accessToken, { httpAgent: agent });
    },
    async admin<T>(method: 'GET' | 'POST', path: string, body?: unknown) {
      const headers: Record<string, string> = { authorization: `Bearer ${server.adminToken ?? ''}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await raw(method, path, { headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: (response.text ? JSON.parse(response.text) : null) as T };
    },
  };
}
