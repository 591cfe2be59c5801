// The real OS keychain (gnome-keyring over D-Bus here and in CI): never mocked.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeychainVault } from '../../src/main/core/vault/keychain';

describe('keychain vault', () => {
  // A service of its own per run, so tests never touch a real Columns install's secrets.
  const service = `org.columns.test.${randomUUID()}`;
  const vault = createKeychainVault(service);

  afterEach(async () => {
    for (const key of await vault.keys()) await vault.delete(key);
  });

  it('stores, reads, lists and deletes a secret by <network>:<userId>', async () => {
    const secret = JSON.stringify({ accessToken: 'a'.repeat(40), refreshToken: 'r'.repeat(40) });
    await vault.set('x:1580661436052647937', secret);
    await expect(vault.get('x:1580661436052647937')).resolves.toBe(secret);
    await expect(vault.keys()).resolves.toEqual(['x:1580661436052647937']);
    await expect(vault.delete('x:1580661436052647937')).resolves.toBe(true);
    await expect(vault.get('x:1580661436052647937')).resolves.toBeNull();
  });

  it('keeps secrets in the Secret Service, never the kernel keyring (which forgets them at reboot)', async () => {
    await vault.set('x:7', 'kept');
    const { AsyncEntry } = await import('@napi-rs/keyring');
    await expect(new AsyncEntry(service, 'x:7', { linux: { store: 'secret-service' } }).getPassword()).resolves.toBe('kept');
    await expect(new AsyncEntry(service, 'x:7', { linux: { store: 'keyutils' } }).getPassword()).resolves.toBeNull();
  });

  it('replaces a secret in place', async () => {
    await vault.set('x:42', 'first');
    await vault.set('x:42', 'second');
    await expect(vault.get('x:42')).resolves.toBe('second');
    await expect(vault.keys()).resolves.toEqual(['x:42']);
  });

  it('refuses keys that are not <network>:<userId>', async () => {
    await expect(vault.set('x' as `${string}:${string}`, 's')).rejects.toThrow(/network/);
    await expect(vault.get('x:../../etc' as `${string}:${string}`)).rejects.toThrow(/network/);
  });
});
