// The sandbox's own CA: made once, reused, remade when unusable, names X's hosts and loopback; and
// the loopback agent reaches it as api.x.com with certificate verification still on.
import 'reflect-metadata'; // @peculiar/x509 (used here to read extensions) needs it before loading
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request, type RequestOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import * as x509 from '@peculiar/x509';
import { TwitterApi } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import { ensureSandboxTls, type SandboxTls } from '../../../src/main/sandbox/tls/certificates';
import { LoopbackAgent } from '../../../src/main/core/net/loopback-agent';
import { useTempDir } from '../../helpers/temp-dir';

const DAY_MS = 24 * 3600 * 1000;

interface Seen {
  host: string | undefined;
  servername: string | false | null;
  url: string | undefined;
  authorization: string | undefined;
}

/** A real HTTPS server on 127.0.0.1 with the sandbox certificate, answering JSON and noting requests. */
async function withServer(tls: SandboxTls, run: (port: number, seen: Seen[]) => Promise<void>): Promise<void> {
  const seen: Seen[] = [];
  const server = createServer({ cert: tls.certPem, key: tls.keyPem }, (req, res) => {
    const socket = req.socket as TLSSocket;
    seen.push({ host: req.headers.host, servername: socket.servername, url: req.url, authorization: req.headers.authorization });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { ok: true } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run((server.address() as AddressInfo).port, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

type Outcome = { status: number; body: string } | { error: NodeJS.ErrnoException };

function get(url: string, options: RequestOptions): Promise<Outcome> {
  return new Promise((resolve) => {
    request(url, options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', (error) => resolve({ error }))
      .end();
  });
}

const mode = (path: string): number => statSync(path).mode & 0o777;

describe('sandbox TLS: certificates', () => {
  const tempDir = useTempDir();

  it('generates once into a new 0700 folder, then reuses the same files', async () => {
    const dir = join(tempDir(), 'nested', 'data');
    const first = await ensureSandboxTls(dir);
    const second = await ensureSandboxTls(dir);
    expect(second).toEqual(first);
    expect(first.caCertPath).toBe(join(dir, 'sandbox-ca.pem'));
    expect(readFileSync(first.caCertPath, 'utf8')).toBe(first.caCertPem);
    expect(readFileSync(join(dir, 'sandbox-server.pem'), 'utf8')).toBe(first.certPem);
    expect(readFileSync(join(dir, 'sandbox-server-key.pem'), 'utf8')).toBe(first.keyPem);
    expect(readdirSync(dir).sort()).toEqual(['sandbox-ca-key.pem', 'sandbox-ca.pem', 'sandbox-server-key.pem', 'sandbox-server.pem']);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'sandbox-server-key.pem'))).toBe(0o600);
    expect(mode(join(dir, 'sandbox-ca-key.pem'))).toBe(0o600);
    expect(first.caCertPem).toMatch(/^-----BEGIN CERTIFICATE-----\n[^]*\n-----END CERTIFICATE-----\n?$/);
  });

  it('makes one set of files when called concurrently on a fresh folder', async () => {
    const dir = tempDir();
    const [a, b] = await Promise.all([ensureSandboxTls(dir), ensureSandboxTls(dir)]);
    expect(b).toEqual(a);
    expect(await ensureSandboxTls(dir)).toEqual(a);
  });

  it('signs a P-256 server certificate for loopback and X hosts with a P-256 CA', async () => {
    const tls = await ensureSandboxTls(tempDir());
    const ca = new X509Certificate(tls.caCertPem);
    const cert = new X509Certificate(tls.certPem);
    expect(ca.ca).toBe(true);
    expect(ca.subject).toBe('CN=Columns Sandbox CA');
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(cert.ca).toBe(false);
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(cert.checkIP('::1')).toBe('::1');
    for (const host of ['localhost', 'api.x.com', 'upload.x.com', 'x.com']) expect(cert.checkHost(host)).toBe(host);
    expect(cert.checkHost('evil.example')).toBeUndefined();
    expect(cert.checkHost('www.x.com')).toBeUndefined();
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']); // Node reports extended key usage here: serverAuth

    const serverDays = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / DAY_MS;
    expect(serverDays).toBeLessThanOrEqual(825);
    expect(Date.parse(cert.validTo) - Date.now()).toBeGreaterThan(700 * DAY_MS);
    const caYears = (Date.parse(ca.validTo) - Date.now()) / (365 * DAY_MS);
    expect(caYears).toBeGreaterThan(9.9);
    expect(caYears).toBeLessThan(10.1);
    expect(ca.serialNumber).not.toBe(cert.serialNumber);

    for (const pem of [tls.keyPem, readFileSync(join(tls.caCertPath, '..', 'sandbox-ca-key.pem'), 'utf8')]) {
      expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/); // PKCS#8
      expect(createPrivateKey(pem).asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    }
    expect(ca.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    expect(cert.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
  });

  it('sets the CA and server extensions (critical basic constraints, key usages)', async () => {
    const tls = await ensureSandboxTls(tempDir());
    const ca = new x509.X509Certificate(tls.caCertPem);
    const caBasic = ca.getExtension(x509.BasicConstraintsExtension);
    expect(caBasic?.ca).toBe(true);
    expect(caBasic?.critical).toBe(true);
    expect(ca.getExtension(x509.KeyUsagesExtension)?.usages).toBe(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign);

    const cert = new x509.X509Certificate(tls.certPem);
    expect(cert.issuer).toBe('CN=Columns Sandbox CA');
    expect(cert.getExtension(x509.BasicConstraintsExtension)?.ca).toBe(false);
    expect(cert.getExtension(x509.KeyUsagesExtension)?.usages).toBe(x509.KeyUsageFlags.digitalSignature);
    expect(cert.getExtension(x509.ExtendedKeyUsageExtension)?.usages).toEqual([x509.ExtendedKeyUsage.serverAuth]);
  });

  it('replaces a corrupt server certificate and keeps the CA', async () => {
    const dir = tempDir();
    const first = await ensureSandboxTls(dir);
    writeFileSync(join(dir, 'sandbox-server.pem'), 'not a certificate');
    const second = await ensureSandboxTls(dir);
    expect(second.caCertPem).toBe(first.caCertPem);
    expect(second.certPem).not.toBe(first.certPem);
    expect(second.keyPem).not.toBe(first.keyPem);
    expect(new X509Certificate(second.certPem).verify(new X509Certificate(second.caCertPem).publicKey)).toBe(true);
    expect(readFileSync(join(dir, 'sandbox-server.pem'), 'utf8')).toBe(second.certPem);
    expect(mode(join(dir, 'sandbox-server-key.pem'))).toBe(0o600);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces a server certificate whose key file does not match it', async () => {
    const dir = tempDir();
    const first = await ensureSandboxTls(dir);
    const other = await ensureSandboxTls(tempDir());
    writeFileSync(join(dir, 'sandbox-server-key.pem'), other.keyPem);
    const second = await ensureSandboxTls(dir);
    expect(second.caCertPem).toBe(first.caCertPem);
    expect(second.certPem).not.toBe(first.certPem);
    expect(second.keyPem).not.toBe(other.keyPem);
  });

  it('replaces a server certificate signed by another CA', async () => {
    const dir = tempDir();
    const foreignDir = tempDir();
    const first = await ensureSandboxTls(dir);
    const foreign = await ensureSandboxTls(foreignDir);
    for (const file of ['sandbox-server.pem', 'sandbox-server-key.pem']) copyFileSync(join(foreignDir, file), join(dir, file));
    const second = await ensureSandboxTls(dir);
    expect(second.caCertPem).toBe(first.caCertPem);
    expect(second.certPem).not.toBe(foreign.certPem);
    expect(new X509Certificate(second.certPem).verify(new X509Certificate(first.caCertPem).publicKey)).toBe(true);
  });

  it('renews a server certificate that expires within 30 days, then reuses the renewal', async () => {
    const dir = tempDir();
    const first = await ensureSandboxTls(dir);
    const validTo = Date.parse(new X509Certificate(first.certPem).validTo);
    expect(await ensureSandboxTls(dir, new Date(validTo - 40 * DAY_MS))).toEqual(first);
    const later = new Date(validTo - 20 * DAY_MS);
    const renewed = await ensureSandboxTls(dir, later);
    expect(renewed.caCertPem).toBe(first.caCertPem);
    expect(renewed.certPem).not.toBe(first.certPem);
    expect(Date.parse(new X509Certificate(renewed.certPem).validTo) - later.getTime()).toBeGreaterThan(700 * DAY_MS);
    expect(await ensureSandboxTls(dir, later)).toEqual(renewed);
  });

  it('remakes the CA and the server certificate when the CA key is missing', async () => {
    const dir = tempDir();
    const first = await ensureSandboxTls(dir);
    rmSync(join(dir, 'sandbox-ca-key.pem'));
    const second = await ensureSandboxTls(dir);
    expect(second.caCertPem).not.toBe(first.caCertPem);
    expect(second.certPem).not.toBe(first.certPem);
    expect(new X509Certificate(second.certPem).verify(new X509Certificate(second.caCertPem).publicKey)).toBe(true);
    expect(mode(join(dir, 'sandbox-ca-key.pem'))).toBe(0o600);
  });

  it('remakes both when the CA file is corrupt', async () => {
    const dir = tempDir();
    const first = await ensureSandboxTls(dir);
    writeFileSync(join(dir, 'sandbox-ca.pem'), '-----BEGIN CERTIFICATE-----\ngarbage\n-----END CERTIFICATE-----\n');
    const second = await ensureSandboxTls(dir);
    expect(second.caCertPem).not.toBe(first.caCertPem);
    expect(second.certPem).not.toBe(first.certPem);
    expect(readFileSync(second.caCertPath, 'utf8')).toBe(second.caCertPem);
  });
});

describe('sandbox TLS: loopback agent', () => {
  const tempDir = useTempDir();

  it('reaches api.x.com and upload.x.com on loopback, verifying the certificate for those names', async () => {
    const tls = await ensureSandboxTls(tempDir());
    await withServer(tls, async (port, seen) => {
      const agent = new LoopbackAgent({ port, ca: tls.caCertPem });
      try {
        expect(await get('https://api.x.com/2/ping', { agent })).toEqual({ status: 200, body: '{"data":{"ok":true}}' });
        expect(await get('https://upload.x.com/1.1/media/upload.json', { agent })).toMatchObject({ status: 200 });
        expect(seen.map(({ host, servername, url }) => ({ host, servername, url }))).toEqual([
          { host: 'api.x.com', servername: 'api.x.com', url: '/2/ping' },
          { host: 'upload.x.com', servername: 'upload.x.com', url: '/1.1/media/upload.json' },
        ]);
      } finally {
        agent.destroy();
      }
    });
  });

  it('refuses a server whose certificate comes from another CA, even if the request asks not to check', async () => {
    const tls = await ensureSandboxTls(tempDir());
    const otherCa = (await ensureSandboxTls(tempDir())).caCertPem;
    await withServer(tls, async (port, seen) => {
      const stranger = new LoopbackAgent({ port, ca: otherCa });
      try {
        for (const options of [{ agent: stranger }, { agent: stranger, rejectUnauthorized: false, ca: tls.caCertPem }]) {
          const outcome = await get('https://api.x.com/2/ping', options);
          expect(outcome).toHaveProperty('error');
          if (!('error' in outcome)) continue;
          expect(outcome.error.code).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|UNABLE_TO_GET_ISSUER_CERT/);
        }
        expect(seen).toEqual([]);
      } finally {
        stranger.destroy();
      }
    });
  });

  it('refuses a host the certificate does not name, and checks an IP URL against that IP', async () => {
    const tls = await ensureSandboxTls(tempDir());
    await withServer(tls, async (port, seen) => {
      const agent = new LoopbackAgent({ port, ca: tls.caCertPem });
      try {
        const wrongName = await get('https://evil.example/2/ping', { agent });
        expect(wrongName).toHaveProperty('error.code', 'ERR_TLS_CERT_ALTNAME_INVALID');
        const wrongIp = await get('https://10.1.2.3/2/ping', { agent });
        expect(wrongIp).toHaveProperty('error.code', 'ERR_TLS_CERT_ALTNAME_INVALID');
        expect(await get('https://127.0.0.1/2/ping', { agent })).toMatchObject({ status: 200 });
        expect(seen.map((s) => s.host)).toEqual(['127.0.0.1']);
      } finally {
        agent.destroy();
      }
    });
  });

  it('routes the unmodified twitter-api-v2 client through the agent (httpAgent)', async () => {
    const tls = await ensureSandboxTls(tempDir());
    await withServer(tls, async (port, seen) => {
      const agent = new LoopbackAgent({ port, ca: tls.caCertPem });
      try {
        const client = new TwitterApi('token', { httpAgent: agent });
        await expect(client.v2.get('ping')).resolves.toEqual({ data: { ok: true } });
        expect(seen).toEqual([{ host: 'api.x.com', servername: 'api.x.com', url: '/2/ping', authorization: 'Bearer token' }]);
      } finally {
        agent.destroy();
      }
    });
  });
});
