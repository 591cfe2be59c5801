// The sandbox's TLS material in its data folder, made at first start and reused after. Keys are
// 0600 files in a 0700 folder; nothing here is ever committed. A missing, unreadable, mismatched,
// expiring or foreign server certificate is made again; a broken CA replaces both.
import { createPrivateKey, createPublicKey, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCa, generateServerCert, SERVER_NAMES, type GeneratedPair } from './generate';

export interface SandboxTls {
  /** Path of the CA certificate (PEM), for clients that take a file. */
  caCertPath: string;
  caCertPem: string;
  /** The server certificate (PEM), signed by the CA. */
  certPem: string;
  /** The server's private key (PKCS#8 PEM). */
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
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, text, { mode, flag: 'wx' });
    chmodSync(temp, mode); // the mode given to writeFileSync is filtered by the umask
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function writePair(dir: string, certFile: string, keyFile: string, pair: GeneratedPair): void {
  writeAtomically(join(dir, keyFile), pair.keyPem, 0o600);
  writeAtomically(join(dir, certFile), pair.certPem, 0o644);
}

const spki = (key: KeyObject): Buffer => key.export({ type: 'spki', format: 'der' });

/** Parses the pair and checks it is current and that the key belongs to the certificate; throws if unparsable. */
function parseCurrent(pair: GeneratedPair, now: number): X509Certificate | null {
  const cert = new X509Certificate(pair.certPem);
  const current = Date.parse(cert.validFrom) <= now && Date.parse(cert.validTo) - now > RENEW_BEFORE_MS;
  const matches = spki(createPublicKey(createPrivateKey(pair.keyPem))).equals(spki(cert.publicKey));
  return current && matches ? cert : null;
}

function usableCa(pair: GeneratedPair | null, now: number): boolean {
  try {
    const cert = pair && parseCurrent(pair, now);
    return !!cert && cert.ca && cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

function usableServer(pair: GeneratedPair | null, ca: GeneratedPair, now: number): boolean {
  try {
    const cert = pair && parseCurrent(pair, now);
    const caCert = new X509Certificate(ca.certPem);
    return (
      !!cert &&
      !cert.ca &&
      cert.checkIssued(caCert) &&
      cert.verify(caCert.publicKey) &&
      SERVER_NAMES.ips.every((ip) => cert.checkIP(ip) !== undefined) &&
      SERVER_NAMES.dns.every((name) => cert.checkHost(name) !== undefined)
    );
  } catch {
    return false;
  }
}

async function ensure(dir: string, now: Date): Promise<SandboxTls> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let ca = readPair(dir, FILES.caCert, FILES.caKey);
  let server = readPair(dir, FILES.cert, FILES.key);
  if (!ca || !usableCa(ca, now.getTime())) {
    ca = await generateCa(now);
    writePair(dir, FILES.caCert, FILES.caKey, ca);
    server = null;
  }
  if (!server || !usableServer(server, ca, now.getTime())) {
    server = await generateServerCert(ca, now);
    writePair(dir, FILES.cert, FILES.key, server);
  }
  return { caCertPath: join(dir, FILES.caCert), caCertPem: ca.certPem, certPem: server.certPem, keyPem: server.keyPem };
}

// Calls for one folder run one after another, so two starts in one process never mix their files.
const pending = new Map<string, Promise<unknown>>();

/**
 * Returns the sandbox CA and server certificate stored in `dir`, making (or remaking) what is
 * missing or unusable. `now` is for tests of expiry; callers leave it out.
 */
export async function ensureSandboxTls(dir: string, now = new Date()): Promise<SandboxTls> {
  const key = resolve(dir);
  const previous = pending.get(key) ?? Promise.resolve();
  const result = previous.catch(() => undefined).then(() => ensure(dir, now));
  pending.set(key, result);
  try {
    return await result;
  } finally {
    if (pending.get(key) === result) pending.delete(key);
  }
}
