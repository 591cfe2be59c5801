// The only code that reads or writes secrets (DESIGN rule 3). Secrets live in the OS keychain
// (macOS Keychain, Windows Credential Vault, libsecret on Linux) under the app id, keyed
// `<network>:<userId>`. Nothing here logs a secret.
import type Keytar from 'keytar';
import { APP_ID } from '../paths';

// The native binding loads at the first secret read or written, not at launch (a launch serving
// the cache from SQLite needs no secret).
let loading: Promise<typeof Keytar> | null = null;
const keychain = (): Promise<typeof Keytar> => (loading ??= import('keytar').then((module) => module.default));

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
  return {
    async set(key, secret) {
      assertKey(key);
      await (await keychain()).setPassword(service, key, secret);
    },
    async get(key) {
      assertKey(key);
      return (await keychain()).getPassword(service, key);
    },
    async delete(key) {
      assertKey(key);
      return (await keychain()).deletePassword(service, key);
    },
    async keys() {
      const found = await (await keychain()).findCredentials(service);
      return found.map((entry) => entry.account).filter((account): account is SecretKey => KEY_PATTERN.test(account));
    },
  };
}
