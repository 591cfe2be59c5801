// A 10k-item Mentions column in browser mode, in Chromium: launch (spawning the app) to the first
// column painted from the cache, how many posts the column shows whole, then the column scrolled
// end to end (pages load as it goes): p50/p95/p99 frame time and the JS heap at the end. At
// 1440×900, the window issue 11 sets its density target for.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { AccountsRepository } from '../../src/main/core/accounts/repository';
import { ColumnsStore } from '../../src/main/core/columns/config-store';
import { ItemCache } from '../../src/main/core/columns/item-cache';
import { openDatabase } from '../../src/main/core/db/open';
import { removeDataDir, startBrowserMode } from '../e2e/browser-mode-server';
import { wholePostsIn } from '../e2e/visible-posts';
import type { BenchLine } from './columns-ingest';
import { syntheticItems } from './synthetic-items';

const ITEMS = 10_000;

export function seededDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'columns-bench-scroll-'));
  const { db } = openDatabase(join(dir, 'columns.db'));
  const account = new AccountsRepository(db).upsertConnected(
    { userId: '1', handle: 'HorizonsNHS', displayName: 'Horizons', avatarUrl: null, training: false, scope: [] },
    { kind: 'corporate', colour: '#005eb8' },
  );
  const column = new ColumnsStore(db).add({ kind: 'mentions', accountId: account.id, query: null, title: 'Mentions' });
  const items = syntheticItems(
    ITEMS,
    (index) => `Reply ${index} to @HorizonsNHS about #Improve4Patients: ${'we saw the same on our ward. '.repeat(1 + (index % 4))}https://nhs.uk/p/${index}`,
  );
  const cache = new ItemCache(db);
  for (let at = 0; at < items.length; at += 500) cache.ingest(account.id, items.slice(at, at + 500), [column.id]);
  db.close();
  return dir;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

export async function benchColumnsScroll(): Promise<BenchLine[]> {
  const dataDir = seededDataDir();
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx (esbuild keepNames) wraps named functions in __name(); the page needs it for page.evaluate.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  const started = Date.now();
  const app = await startBrowserMode(dataDir);
  try {
    await page.goto(app.url);
    await page.locator('[data-testid="column"] article').first().waitFor({ timeout: 30_000 });
    const firstColumnMs = Date.now() - started;
    // Posts wholly inside the column's scroller, before any scrolling.
    const visible = await page.locator('.column__scroll').first().evaluate(wholePostsIn);

    const { frames, heapBytes, reached } = await page.evaluate(async (total) => {
      const scroller = document.querySelector<HTMLElement>('.column__scroll');
      if (!scroller) throw new Error('no column');
      const frameTimes: number[] = [];
      const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
      let last = await nextFrame();
      const deadline = performance.now() + 180_000;
      const lastIndex = (): number => Math.max(...Array.from(scroller.querySelectorAll<HTMLElement>('[data-index]'), (li) => Number(li.dataset['index'])));
      while (performance.now() < deadline) {
        scroller.scrollTop += 1200;
        const now = await nextFrame();
        frameTimes.push(now - last);
        last = now;
        if (lastIndex() >= total - 1 && scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) break;
      }
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
      return { frames: frameTimes, heapBytes: memory?.usedJSHeapSize ?? Number.NaN, reached: lastIndex() + 1 };
    }, ITEMS);
    if (reached < ITEMS) throw new Error(`scrolled to item ${reached} of ${ITEMS} only`);
    return [
      // One launch, while the scroll bench sets up: the launch bench reports the median of five as columns_launch_to_first_column_painted_from_cache.
      { bench: 'columns_scroll_launch_to_first_column_painted', value: firstColumnMs, unit: 'ms' },
      { bench: 'columns_scroll_10k_p50_frame', value: Math.round(percentile(frames, 50) * 10) / 10, unit: 'ms' },
      { bench: 'columns_scroll_10k_p95_frame', value: Math.round(percentile(frames, 95) * 10) / 10, unit: 'ms' },
      { bench: 'columns_scroll_10k_p99_frame', value: Math.round(percentile(frames, 99) * 10) / 10, unit: 'ms' },
      { bench: 'columns_posts_visible_per_column', value: visible, unit: 'posts' },
      { bench: 'columns_scroll_10k_js_heap', value: Math.round((heapBytes / 1024 / 1024) * 10) / 10, unit: 'MB' },
    ];
  } finally {
    await browser.close();
    await app.stop();
    removeDataDir(app.dataDir);
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchColumnsScroll()) process.stdout.write(`${JSON.stringify(line)}\n`);
}
