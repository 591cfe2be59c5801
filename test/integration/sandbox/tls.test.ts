// The sandbox's own CA: made once, reused, names X's hosts and loopback, and verification stays on.
import { X509Certificate } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TwitterApi } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import { ensureSandboxTls } from '../../../src/main/sandbox/tls/certificates';
import { LoopbackAgent } from '../../../src/main/sandbox/tls/loopback-agent';
import { useTempDir } from '../../helpers/temp-dir';

describe('sandbox TLS', () => {
  const tempDir = useTempDir();

  it('generates once, then reuses the same files', async () => {
    const dir = tempDir();
    const first = await ensureSandboxTls(dir);
    const second = await ensureSandboxTls(dir);
    expect(second).toEqual(first);
    expect(statSync(join(dir, 'sandbox-server-key.pem')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'sandbox-ca-key.pem')).mode & 0o777).toBe(0o600);
  });

  it('signs a server certificate for loopback and X hosts with its CA', async () => {
    const tls = await ensureSandboxTls(tempDir());
    const ca = new X509Certificate(tls.caCertPem);
    const cert = new X509Certificate(tls.certPem);
    expect(ca.ca).toBe(true);
    expect(cert.ca).toBe(false);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    for (const host of ['localhost', 'api.x.com', 'upload.x.com', 'x.com']) expect(cert.checkHost(host)).toBe(host);
    expect(cert.checkHost('evil.example')).toBeUndefined();
  });

  it('replaces a corrupt server certificate', async () => {
    const dir = tempDir();
    const first = await ensureSandboxTls(dir);
    writeFileSync(join(dir, 'sandbox-server.pem'), 'not a certificate');
    const second = await ensureSandboxTls(dir);
    expect(second.caCertPem).toBe(first.caCertPem);
    expect(second.certPem).not.toBe(first.certPem);
    expect(new X509Certificate(second.certPem).verify(new X509Certificate(second.caCertPem).publicKey)).toBe(true);
  });

  it('reaches api.x.com on loopback through the agent, and refuses a server from another CA', async () => {
    const tls = await ensureSandboxTls(tempDir());
    const hosts: (string | undefined)[] = [];
    const server = createServer({ cert: tls.certPem, key: tls.keyPem }, (req, res) => {
      hosts.push(req.headers.host);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { ok: true } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const trusted = new LoopbackAgent({ port, ca: tls.caCertPem });
    const stranger = new LoopbackAgent({ port, ca: (await ensureSandboxTls(tempDir())).caCertPem });
    try {
      const client = new TwitterApi('token', { httpAgent: trusted });
      await expect(client.v2.get('ping')).resolves.toEqual({ data: { ok: true } });
      expect(hosts).toEqual(['api.x.com']);

      const refused = await new Promise<Error>((resolve) => {
        request('https://api.x.com/2/ping', { agent: stranger }, () => resolve(new Error('connected'))).on('error', resolve).end();
      });
      expect(refused.message).toMatch(/self[- ]signed|unable to verify|certificate/i);
      expect(hosts).toHaveLength(1);
    } finally {
      trusted.destroy();
      stranger.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
