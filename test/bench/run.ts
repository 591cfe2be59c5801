// `npm run bench`: one JSON object per line, {"bench", "value", "unit"}. Expects a fresh build
// (the npm script builds first).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { removeDataDir, startBrowserMode } from '../e2e/browser-mode-server';
import { benchChatFeed } from './chat-feed';
import { benchColumnsIngest } from './columns-ingest';
import { benchColumnsLaunch } from './columns-launch';
import { benchColumnsScroll } from './columns-scroll';
import { benchSandboxSearch } from './sandbox-search';
import { benchQueueLatency } from './queue-latency';
import { benchQueueDurability } from './queue-durability';
import { benchQueueWake } from './queue-wake';
import { benchTrainingStart } from './training-start';

const ROOT = resolve(import.meta.dirname, '..', '..');
const COLD_START_RUNS = 7;

function report(bench: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ bench, value: Math.round(value * 10) / 10, unit })}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function rendererBundleGzipKb(): number {
  const dir = join(ROOT, 'out', 'renderer');
  const files = ['index.html', ...readdirSync(join(dir, 'assets')).map((name) => join('assets', name))];
  const bytes = files
    .filter((file) => /\.(html|js|css)$/.test(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
  return bytes / 1024;
}

/** From spawning browser mode to the shell painted in an already-running Chromium, with a fresh data folder. */
async function coldStartToShellPaint(): Promise<{ paint: number[]; listen: number[] }> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const paint: number[] = [];
  const listen: number[] = [];
  try {
    for (let run = 0; run < COLD_START_RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = Date.now();
      const app = await startBrowserMode();
      listen.push(Date.now() - started);
      try {
        await page.goto(app.url);
        const paintedAt = await page.evaluate(async () => {
          const mark = 'columns:shell-painted';
          for (;;) {
            const entry = performance.getEntriesByName(mark)[0];
            if (entry) return performance.timeOrigin + entry.startTime;
            await new Promise((r) => setTimeout(r, 5));
          }
        });
        paint.push(paintedAt - started);
      } finally {
        await context.close();
        await app.stop();
        removeDataDir(app.dataDir);
      }
    }
  } finally {
    await browser.close();
  }
  return { paint, listen };
}

report('renderer_bundle_gzip', rendererBundleGzipKb(), 'KB');
const { paint, listen } = await coldStartToShellPaint();
report('browser_mode_cold_start_to_shell_paint_median', median(paint), 'ms');
report('browser_mode_cold_start_to_shell_paint_max', Math.max(...paint), 'ms');
report('browser_mode_server_listening_median', median(listen), 'ms');
for (const line of benchColumnsIngest()) process.stdout.write(`${JSON.stringify(line)}\n`);
for (const line of benchChatFeed()) process.stdout.write(`${JSON.stringify(line)}\n`);
for (const line of benchQueueDurability()) process.stdout.write(`${JSON.stringify(line)}\n`);
for (const line of await benchColumnsScroll()) process.stdout.write(`${JSON.stringify(line)}\n`);
for (const line of await benchColumnsLaunch()) process.stdout.write(`${JSON.stringify(line)}\n`);
for (const line of await benchSandboxSearch()) process.stdout.write(`${JSON.stringify(line)}\n`);
for (const line of await benchTrainingStart()) process.stdout.write(`${JSON.stringify(line)}\n`);
for (const line of [...(await benchQueueWake()), ...(await benchQueueLatency())]) process.stdout.write(`${JSON.stringify(line)}\n`);
