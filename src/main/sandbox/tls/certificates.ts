// The sandbox's TLS material in its data folder, made at first start and reused after. Keys are
// 0600 files in a 0700 folder; nothing here is ever committed. A missing, unreadable, expiring or
// foreign server certificate is made again; a broken CA replaces both.
import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCa, generateServerCert, type GeneratedPair } from './generate';

export interface SandboxTls {
  caCertPath: string;
  caCertPem: string;
  certPem: string;
  keyPem: string;
}

const FILES = {
  caCert: 'sandbox-ca.pem',
  caKey: 'sandbox-ca-key.pem',
  cert: 'sandbox-server.pem',
  key: 'sandbox-server-key.pem',
} as const;

const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000;

function readPair(dir: string, certFile: string, keyFile: string): GeneratedPair | null {
  const certPath = join(dir, certFile);
  const keyPath = join(dir, keyFile);
  if (!existsSync(certPath) || !existsSync(keyPath)) return null;
  return { certPem: readFileSync(certPath, 'utf8'), keyPem: readFileSync(keyPath, 'utf8') };
}

function writeAtomically(path: string, text: string, mode: number): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text, { mode });
  chmodSync(temp, mode);
  renameSync(temp, path);
}

function writePair(dir: string, certFile: string, keyFile: string, pair: GeneratedPair): void {
  writeAtomically(join(dir, keyFile), pair.keyPem, 0o600);
  writeAtomically(join(dir, certFile), pair.certPem, 0o644);
}

function usableCa(pair: GeneratedPair | null, now: number): boolean {
  if (!pair) return false;
  try {
    const cert = new X509Certificate(pair.certPem);
    return cert.ca && Date.parse(cert.validTo) - now > RENEW_BEFORE_MS;
  } catch {
    return false;
  }
}

function usableServer(pair: GeneratedPair | null, ca: GeneratedPair, now: number): boolean {
  if (!pair) return false;
  try {
    const cert = new X509Certificate(pair.certPem);
    const caCert = new X509Certificate(ca.certPem);
    return cert.verify(caCert.publicKey) && Date.parse(cert.validTo) - now > RENEW_BEFORE_MS && cert.checkHost('api.x.com') !== undefined;
  } catch {
    return false;
  }
}

export async function ensureSandboxTls(dir: string, now = new Date()): Promise<SandboxTls> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let ca = readPair(dir, FILES.caCert, FILES.caKey);
  let server = readPair(dir, FILES.cert, FILES.key);
  if (!ca || !usableCa(ca, now.getTime())) {
    ca = await generateCa(now);
    writePair(dir, FILES.caCert, FILES.caKey, ca);
    server = null;
  }
  if (!usableServer(server, ca, now.getTime())) {
    server = await generateServerCert(ca, now);
    writePair(dir, FILES.cert, FILES.key, server);
  }
  if (!server) throw new Error('unreachable: server certificate was just made');
  return { caCertPath: join(dir, FILES.caCert), caCertPem: ca.certPem, certPem: server.certPem, keyPem: server.keyPem };
}
