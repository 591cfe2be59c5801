// How the column tests begin: a core on the sandbox (no streams, a fast refresh floor) with
// @HorizonsNHS and @Sch4Change connected. The data dir and keychain service come back for a restart.
import type { AccountSummary } from '../../src/shared/accounts';
import { connectAs, startHarness, testKeychainService, type Harness } from './accounts';
import type { SandboxFixture } from './sandbox';

export interface TwoAccounts {
  h: Harness;
  dir: string;
  keychainService: string;
  horizons: AccountSummary;
  sch: AccountSummary;
}

/** `harnesses` receives the core as soon as it starts, for the test file's afterEach to close. */
export async function startWithTwoAccounts(dir: string, fixture: SandboxFixture, harnesses: Harness[]): Promise<TwoAccounts> {
  const keychainService = testKeychainService();
  const h = await startHarness(dir, fixture, { keychainService, streams: false, refreshFloorMs: 50 });
  harnesses.push(h);
  const horizons = (await connectAs(h, fixture, 'HorizonsNHS')).account;
  const sch = (await connectAs(h, fixture, 'Sch4Change')).account;
  if (!horizons || !sch) throw new Error('accounts did not connect');
  return { h, dir, keychainService, horizons, sch };
}
