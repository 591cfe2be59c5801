import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { ROOT } from './browser-mode-server';
import { checkShell, screenshot } from './shell-steps';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

const app = useBrowserModeApp();

function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test('browser mode shows the shell and answers app.info over the bridge', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto(app().url);
  await checkShell(page, { version, dataDir: app().dataDir, modeLabel: /Browser mode \(no Electron runtime\)/ }, 'browser-light');
  // The token left the address bar once read.
  expect(page.url()).not.toContain('token');
  expect(problems).toEqual([]);
});

test('dark theme follows the OS', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'dark' });
  await page.goto(app().url);
  await expect(page.getByTestId('shell')).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(16, 19, 23)');
  await screenshot(page, 'browser-dark-shell');
  await page.close();
});

test('a chosen theme and time zone persist across a restart', async ({ page }) => {
  await page.goto(app().url);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByLabel('Time zone for scheduling and display').selectOption('America/New_York');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('clock')).toContainText('America/New_York');

  await app.restart();
  await page.goto(app().url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('clock')).toContainText(/America\/New_York/);
  await expect(page.getByTestId('clock')).toContainText(/EST|EDT|GMT-[45]/);
});

test('without the token the page explains itself and the bridge stays shut', async ({ page }) => {
  await page.goto(`${app().origin}/`);
  await expect(page.getByRole('alert')).toContainText('Open Columns with the address');
  const status = await page.evaluate(
    (origin) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`${origin.replace('http', 'ws')}/bridge?token=guess`);
        ws.onopen = () => resolve('open');
        ws.onerror = () => resolve('refused');
      }),
    app().origin,
  );
  expect(status).toBe('refused');
});

test('the CSP blocks inline script', async ({ page }) => {
  const response = await page.goto(app().url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByTestId('shell')).toBeVisible();
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string | null }>((resolve) => {
        let violated: string | null = null;
        document.addEventListener('securitypolicyviolation', (event) => {
          violated = event.violatedDirective;
        });
        const script = document.createElement('script');
        script.textContent = 'window.__columnsInjected = true;';
        document.body.append(script);
        setTimeout(() => resolve({ ran: 'columnsInjected' in window || '__columnsInjected' in window, violated }), 100);
      }),
  );
  expect(outcome).toEqual({ ran: false, violated: expect.stringMatching(/^script-src/) });
});
