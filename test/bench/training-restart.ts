// The restart issue 11 names: the training desk practised once (Mentions per account, All mentions,
// Scheduled, filled from the sandbox), browser mode stopped and started again (a new token), and
// the page opened on the new address: from the page's navigation start to the shell painted and to
// the first column's cached posts painted, median of a few restarts. Needs a keychain
// (scripts/with-keyring.sh), as every run that connects accounts does.
import { randomUUID } from 'node:crypto';
import { chromium, type Browser } from '@playwright/test';
import { removeDataDir, startBrowserMode } from '../e2e/browser-mode-server';
import type { BenchLine } from './columns-ingest';

const RESTARTS = Number(process.env['BENCH_RUNS'] ?? 5);
const FIRST_ARTICLE = '[data-testid="column"] article';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Records, in the page's own clock, when the first column post is in the DOM. */
const WATCH_FIRST_ARTICLE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('${FIRST_ARTICLE}')) {
      globalThis.__columnsFirstArticleAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function practise(browser: Browser): Promise<string> {
  const app = await startBrowserMode();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
    await page.getByRole('region', { name: 'All mentions' }).locator('article').first().waitFor({ timeout: 60_000 });
    return app.dataDir;
  } finally {
    await page.close();
    await app.stop();
  }
}

async function restartOnce(browser: Browser, dataDir: string): Promise<{ shell: number; column: number }> {
  const app = await startBrowserMode(dataDir);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.addInitScript(WATCH_FIRST_ARTICLE);
    await page.goto(app.url);
    await page.locator(FIRST_ARTICLE).first().waitFor({ timeout: 30_000 });
    return await page.evaluate(() => {
      const shell = performance.getEntriesByName('columns:shell-painted')[0]?.startTime ?? Number.NaN;
      const column = (globalThis as { __columnsFirstArticleAt?: number }).__columnsFirstArticleAt ?? Number.NaN;
      return { shell: Math.round(shell), column: Math.round(column) };
    });
  } finally {
    await page.close();
    await app.stop();
  }
}

export async function benchTrainingRestart(): Promise<BenchLine[]> {
  process.env['COLUMNS_KEYCHAIN_SERVICE'] ??= `org.columns.bench.${randomUUID()}`;
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const dataDir = await practise(browser);
  const runs: { shell: number; column: number }[] = [];
  try {
    for (let run = 0; run < RESTARTS; run++) runs.push(await restartOnce(browser, dataDir));
  } finally {
    await browser.close();
    removeDataDir(dataDir);
  }
  return [
    { bench: 'training_restart_page_to_shell_painted', value: median(runs.map((run) => run.shell)), unit: 'ms' },
    { bench: 'training_restart_page_to_first_column_painted_from_cache', value: median(runs.map((run) => run.column)), unit: 'ms' },
  ];
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchTrainingRestart()) process.stdout.write(`${JSON.stringify(line)}\n`);
}
