// A real core (SQLite in a temp folder, the real keychain under a test service) with its clock and
// the training sandbox sped up, for chat tests that run a simulated chat; closed and its keychain
// entries removed after each test. `until` polls a probe until it answers.
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../src/main/core/app';
import { createKeychainVault } from '../../src/main/core/vault/keychain';
import { testKeychainService } from './accounts';

export interface TrainingCores {
  /** A core at `clockSpeed`× (60 by default: a clock minute per wall second), in `dataDir` or a fresh folder. */
  start(options?: { dataDir?: string; keychainService?: string; clockSpeed?: number }): Core;
  /** A keychain service of its own, cleaned after the test. */
  keychainService(): string;
  /** Closes a core now (a restart), keeping its data folder and keychain entries. */
  stop(core: Core): Promise<void>;
}

export function useTrainingCores(tempDir: () => string): TrainingCores {
  const cores: Core[] = [];
  const services = new Set<string>();
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
    for (const service of services) {
      const vault = createKeychainVault(service);
      for (const key of await vault.keys()) await vault.delete(key);
    }
    services.clear();
  });
  const keychainService = (): string => {
    const service = testKeychainService();
    services.add(service);
    return service;
  };
  return {
    keychainService,
    async stop(core) {
      cores.splice(cores.indexOf(core), 1);
      await core.close();
    },
    start(options = {}) {
      const core = createCore({
        dataDir: options.dataDir ?? tempDir(),
        mode: 'browser',
        version: '0.0.0-test',
        keychainService: options.keychainService ?? keychainService(),
        clockSpeed: options.clockSpeed ?? 60,
        trainingAmbientPerHour: 0,
      });
      cores.push(core);
      return core;
    },
  };
}

export async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
