// For chat tests against the HTTPS sandbox (one per file): a core on a fresh folder, neither
// streaming nor publishing, with @HorizonsNHS connected as the host (corporate and confirming
// before posting, unless asked otherwise); closed after each test.
import { afterEach } from 'vitest';
import type { AccountSummary } from '../../src/shared/accounts';
import { call, connectAs, startHarness, type Harness } from './accounts';
import { useSandbox, type SandboxFixture } from './sandbox';
import { useTempDir } from './temp-dir';

export interface ChatHost {
  h: Harness;
  host: AccountSummary;
}

export function useChatHost(): { sandbox: () => SandboxFixture; start(options?: { corporate?: boolean }): Promise<ChatHost> } {
  const sandbox = useSandbox();
  const tempDir = useTempDir();
  const harnesses: Harness[] = [];
  afterEach(async () => {
    for (const harness of harnesses.splice(0)) await harness.close();
  });
  return {
    sandbox,
    async start({ corporate = true } = {}) {
      const h = await startHarness(tempDir(), sandbox(), { streams: false, publish: false });
      harnesses.push(h);
      const host = (await connectAs(h, sandbox(), 'HorizonsNHS')).account;
      if (!host) throw new Error('HorizonsNHS did not connect');
      if (corporate) await call(h.core, 'accounts.update', { id: host.id, kind: 'corporate', confirmBeforePosting: true });
      return { h, host };
    },
  };
}
