// The only code that reads or writes secrets (DESIGN rule 3). Secrets live in the OS keychain
// (macOS Keychain, Windows Credential Vault, libsecret on Linux) under the app id, keyed
// `<network>:<userId>`. Nothing here logs a secret.
import keytar from 'keytar';
import { APP_ID } from '../paths';

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
      await keytar.setPassword(service, key, secret);
    },
    async get(key) {
      assertKey(key);
      return keytar.getPassword(service, key);
    },
    async delete(key) {
      assertKey(key);
      return keytar.deletePassword(service, key);
    },
    async keys() {
      const found = await keytar.findCredentials(service);
      return found.map((entry) => entry.account).filter((account): account is SecretKey => KEY_PATTERN.test(account));
    },
  };
}
