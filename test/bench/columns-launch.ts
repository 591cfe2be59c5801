// Where "launch to first column painted from the cache" goes, median of a few runs on a 10k-item
// Mentions column, each phase from spawning the engine process: Node's bootstrap, its modules
// loaded, the core ready (database open, services composed), the server listening, the page
// loaded (HTML, script), the contract open (the WebSocket), the shell painted, the column list
// and the first page of items over the bridge, and the first item painted.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium, type WebSocket } from '@playwright/test';
import { removeDataDir } from '../e2e/browser-mode-server';
import type { BenchLine } from './columns-ingest';
import { seededDataDir } from './columns-scroll';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
/** Another build to compare with (a before/after in the same conditions): its out/main/web.js. */
const MAIN = process.env['BENCH_MAIN'] ?? join(ROOT, 'out', 'main', 'web.js');

interface Phases {
  nodeBootstrap: number;
  modulesLoaded: number;
  coreReady: number;
  listening: number;
  pageLoaded: number;
  contractOpen: number;
  shellPainted: number;
  columnsListed: number;
  itemsAnswered: number;
  /** The first post in the DOM (the page's own clock); painted is when the bench saw it. */
  firstItemInDom: number;
  firstItemPainted: number;
}

interface Probe {
  bootstrapAt: number;
  modulesLoadedAt: number | null;
  coreReadyAt: number | null;
  listeningAt: number | null;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function launchOnce(dataDir: string, browser: Awaited<ReturnType<typeof chromium.launch>>): Promise<Phases> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const frames: { at: number; text: string }[] = [];
  let socketAt = Number.NaN;
  page.on('websocket', (socket: WebSocket) => {
    socketAt = Date.now();
    socket.on('framesent', (frame) => frames.push({ at: Date.now(), text: `> ${String(frame.payload).slice(0, 120)}` }));
    socket.on('framereceived', (frame) => frames.push({ at: Date.now(), text: `< ${String(frame.payload).slice(0, 120)}` }));
  });
  if (process.env['BENCH_FRAMES']) {
    page.on('request', (request) => frames.push({ at: Date.now(), text: `GET ${request.url().replace(/^.*\/\/[^/]+/, '').slice(0, 80)}` }));
    page.on('requestfinished', (request) => frames.push({ at: Date.now(), text: `DONE ${request.url().replace(/^.*\/\/[^/]+/, '').slice(0, 80)}` }));
  }
  // When the first post enters the DOM, in the page's own clock (Playwright notices a little later).
  await page.addInitScript(`new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="column"] article')) return;
    globalThis.__columnsFirstPostAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });`);
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', join(ROOT, 'test', 'bench', 'launch-probe.mjs'), MAIN, '--port', '0', '--no-open'], {
    cwd: ROOT,
    env: { ...process.env, COLUMNS_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const { url, probe } = await new Promise<{ url: string; probe: Probe }>((resolveUrl, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const probeLine = /LAUNCH-PROBE (\{.*\})/.exec(output);
        const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
        if (probeLine?.[1] && match?.[1]) resolveUrl({ url: match[1], probe: JSON.parse(probeLine[1]) as Probe });
      });
      child.once('exit', (code) => reject(new Error(`browser mode exited (${code}):\n${output}`)));
    });
    await page.goto(url);
    await page.locator('[data-testid="column"] article').first().waitFor({ timeout: 30_000 });
    const painted = Date.now();
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const shell = performance.getEntriesByName('columns:shell-painted')[0];
      const post = (globalThis as { __columnsFirstPostAt?: number }).__columnsFirstPostAt ?? Number.NaN;
      return { origin: performance.timeOrigin, loaded: nav?.loadEventEnd ?? Number.NaN, shell: shell?.startTime ?? Number.NaN, post };
    });
    const answered = (method: string): number => {
      const sent = frames.find((frame) => frame.text.startsWith('>') && frame.text.includes(`"${method}"`));
      const id = sent ? /"id":\s*"?([\w-]+)/.exec(sent.text)?.[1] : undefined;
      const reply = frames.find((frame) => frame.at >= (sent?.at ?? 0) && frame.text.startsWith('<') && id !== undefined && frame.text.includes(id));
      return (reply ?? sent)?.at ?? Number.NaN;
    };
    if (process.env['BENCH_FRAMES']) for (const frame of frames) process.stderr.write(`${frame.at - started} ${frame.text}\n`);
    return {
      nodeBootstrap: probe.bootstrapAt - started,
      modulesLoaded: (probe.modulesLoadedAt ?? Number.NaN) - started,
      coreReady: (probe.coreReadyAt ?? Number.NaN) - started,
      listening: (probe.listeningAt ?? Number.NaN) - started,
      pageLoaded: marks.origin + marks.loaded - started,
      contractOpen: socketAt - started,
      shellPainted: marks.origin + marks.shell - started,
      columnsListed: answered('columns.list') - started,
      itemsAnswered: answered('columns.items') - started,
      firstItemInDom: marks.origin + marks.post - started,
      firstItemPainted: painted - started,
    };
  } finally {
    await page.close();
    await new Promise<void>((resolveStop) => {
      if (child.exitCode !== null) return resolveStop();
      child.once('exit', () => resolveStop());
      child.kill('SIGTERM');
    });
  }
}

export async function benchColumnsLaunch(): Promise<BenchLine[]> {
  const dataDir = seededDataDir();
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const runs: Phases[] = [];
  try {
    for (let run = 0; run < RUNS; run++) runs.push(await launchOnce(dataDir, browser));
  } finally {
    await browser.close();
    removeDataDir(dataDir);
  }
  const phase = (key: keyof Phases): number => Math.round(median(runs.map((run) => run[key])));
  return [
    // The headline figure (issue 11: towards 1 s): the last phase, as a median of the runs.
    { bench: 'columns_launch_to_first_column_painted_from_cache', value: phase('firstItemPainted'), unit: 'ms' },
    ...(Object.keys(runs[0] ?? {}) as (keyof Phases)[]).map((key) => ({ bench: `columns_launch_${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`, value: phase(key), unit: 'ms' })),
  ];
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchColumnsLaunch()) process.stdout.write(`${JSON.stringify(line)}\n`);
}
