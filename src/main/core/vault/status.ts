// Whether the OS keychain can be used right now. Columns never falls back to storing tokens in a
// file: without a keychain, connecting an account is refused with a message the user can act on.
import type { VaultStatus } from '../../../shared/accounts';
import { AppError } from '../errors';
import type { Vault } from './keychain';

const UNAVAILABLE =
  'Columns keeps X sign-ins only in your system keychain, and it cannot reach it right now. ' +
  'Unlock your keyring (or install one, such as GNOME Keyring or KWallet, on Linux) and try again.';

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The keyring binding's messages are about D-Bus or the keyring, never the secrets; keep them short anyway.
  return message.split('\n')[0]?.slice(0, 200) ?? '';
}

export async function probeVault(vault: Vault): Promise<VaultStatus> {
  try {
    await vault.keys();
    return { available: true, message: null };
  } catch (error) {
    const reason = reasonOf(error);
    return { available: false, message: reason ? `${UNAVAILABLE} (${reason})` : UNAVAILABLE };
  }
}

/** Throws the user-facing `unavailable` error when the keychain cannot be used. */
export async function requireVault(vault: Vault): Promise<void> {
  const status = await probeVault(vault);
  if (!status.available) throw new AppError('unavailable', status.message ?? UNAVAILABLE);
}
