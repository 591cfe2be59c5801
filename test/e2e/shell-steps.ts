// What a user sees first, checked the same way in browser mode and in the Electron app.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ROOT } from './browser-mode-server';

export const SCREENSHOT_DIR = join(ROOT, '.artifacts', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

export interface ExpectedInfo {
  version: string;
  dataDir: string;
  modeLabel: RegExp;
}

/** Waits for the shell, checks its empty states, and reads app.info back through the Settings screen. */
export async function checkShell(page: Page, expected: ExpectedInfo, shotPrefix: string): Promise<void> {
  await expect(page.getByTestId('shell')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New post' })).toBeVisible();
  await expect(page.getByTestId('accounts-empty')).toContainText('No accounts yet');
  // First start: no accounts, so the welcome offers practice first and a real X account second.
  await expect(page.getByRole('heading', { name: 'Welcome to Columns' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Practise in the training sandbox' })).toBeVisible();
  // en-GB date in Europe/London, e.g. "Wed, 25 Nov 2026, 14:05 GMT".
  await expect(page.getByTestId('clock')).toContainText(/\w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} (GMT|BST)/);
  await screenshot(page, `${shotPrefix}-shell`);

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('about-version')).toHaveText(`Columns ${expected.version}`);
  await expect(dialog.getByText(expected.dataDir, { exact: true })).toBeVisible();
  await expect(dialog.getByText(expected.modeLabel)).toBeVisible();
  await screenshot(page, `${shotPrefix}-settings`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}
