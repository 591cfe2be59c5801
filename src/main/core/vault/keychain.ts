// The only code that reads or writes secrets (DESIGN rule 3). Secrets live in the OS keychain
// (macOS Keychain, Windows Credential Manager, the Secret Service — GNOME Keyring, KWallet — on
// Linux) under the app id, keyed `<network>:<userId>`, through @napi-rs/keyring (N-API, prebuilt
// for every platform inside the npm package: nothing to compile). Nothing here logs a secret.
import type * as Keyring from '@napi-rs/keyring';
import { APP_ID } from '../paths';

// The native binding loads at the first secret read or written, not at launch (a launch serving
// the cache from SQLite needs no secret).
let loading: Promise<typeof Keyring> | null = null;
const keyring = (): Promise<typeof Keyring> => (loading ??= import('@napi-rs/keyring'));

/**
 * On Linux the binding would fall back silently to the kernel keyring, which forgets everything at
 * reboot: pin the Secret Service, so a missing one is a clear refusal (see status.ts) instead.
 * Ignored on macOS and Windows.
 */
const PINNED: Keyring.EntryOptions = { linux: { store: 'secret-service' } };

export type SecretKey = `${string}:${string}`;

export interface Vault {
  set(key: SecretKey, secret: string): Promise<void>;
  get(key: SecretKey): Promise<string | null>;
  delete(key: SecretKey): Promise<boolean>;
  keys(): Promise<SecretKey[]>;
}

const KEY_PATTERN = /^[a-z]+:[A-Za-z0-9_-]+$/;

function assertKey(key: string): asserts key is SecretKey {
  if (!KEY_PATTERN.test(key)) throw new Error('Vault keys are `<network>:<userId>`.');
}

export function createKeychainVault(service: string = APP_ID): Vault {
  const entry = async (key: string): Promise<Keyring.AsyncEntry> => new (await keyring()).AsyncEntry(service, key, PINNED);
  return {
    async set(key, secret) {
      assertKey(key);
      await (await entry(key)).setPassword(secret);
    },
    async get(key) {
      assertKey(key);
      return (await entry(key)).getPassword();
    },
    async delete(key) {
      assertKey(key);
      return (await entry(key)).deletePassword();
    },
    async keys() {
      // Searches the Secret Service on Linux (it refuses, never falls back, when there is none).
      const found = await (await keyring()).findCredentialsAsync(service);
      return found.map((credential) => credential.account).filter((account): account is SecretKey => KEY_PATTERN.test(account));
    },
  };
}
