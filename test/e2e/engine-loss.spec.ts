// Columns that never die quietly, as a comms officer meets them in browser mode at 1440×900:
// practising starts with a working desk; when the engine hangs (a sleeping laptop) or stops, a
// banner says so, the columns stay (greyed), the composer keeps its text and sends nothing; the
// page reconnects by itself when the same engine comes back, and says what to do when Columns was
// started again with a new token. axe checks the screens.
import { expect, test } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';
import { expectNoAxeViolations } from './axe';

const app = useBrowserModeApp();
test.use({ viewport: { width: 1440, height: 900 } });

const DESK = ['Mentions · @HorizonsNHS', 'Mentions · @Sch4Change', 'Mentions · @sam_comms', 'All mentions', 'Scheduled'];

test('the engine hangs, comes back, stops and is started again: the desk stays, nothing is sent, the page reconnects or says how', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByTestId('account-Sch4Change')).toBeVisible({ timeout: 30_000 });

  // A working desk at once: Mentions for each account, All mentions, Scheduled; no empty strip.
  for (const title of DESK) await expect(page.getByRole('region', { name: title })).toBeVisible();
  await expect(page.getByTestId('columns-empty')).toHaveCount(0);
  const horizons = page.getByRole('region', { name: 'Mentions · @HorizonsNHS' });
  await expect(horizons.getByRole('article').first()).toBeVisible({ timeout: 45_000 });
  await screenshot(page, 'engine-01-desk');
  await expectNoAxeViolations(page);

  // Writing a post when the laptop sleeps (the engine hangs): the banner comes, the desk stays greyed.
  await page.getByRole('button', { name: 'New post' }).click();
  const composer = page.getByTestId('composer');
  await composer.getByRole('checkbox', { name: 'Post as @sam_comms' }).check();
  const text = `Flu clinic open till 8 tonight ${Date.now()}`;
  await composer.getByRole('textbox', { name: 'Post text' }).fill(text);
  app().pause();
  const banner = page.getByTestId('engine-banner');
  await expect(banner).toContainText('Columns’ engine is not answering. Reconnecting…', { timeout: 20_000 });
  await expect(composer.getByTestId('composer-offline')).toContainText('nothing is sent until it is back');
  await expect(composer.getByTestId('compose-publish')).toBeDisabled();
  await expect(composer.getByRole('textbox', { name: 'Post text' })).toHaveValue(text);
  await expect(page.locator('.workspace--offline')).toHaveCount(1);
  await screenshot(page, 'engine-02-hung-composer');

  // The same engine comes back: the page reconnects by itself, the text is still there to send.
  app().resume();
  await expect(banner).toBeHidden({ timeout: 20_000 });
  await expect(composer.getByTestId('compose-publish')).toBeEnabled();
  await expect(composer.getByRole('textbox', { name: 'Post text' })).toHaveValue(text);
  await page.keyboard.press('Escape');
  await expect(composer).toBeHidden();

  // The engine stops (quit, crash): the columns stay, greyed, behind the banner; their posts too.
  const shownId = await horizons.getByRole('article').first().getAttribute('data-item-id');
  await app().stop();
  await expect(banner).toContainText('Reconnecting…', { timeout: 15_000 });
  for (const title of DESK) await expect(page.getByRole('region', { name: title })).toBeVisible();
  await expect(horizons.locator(`article[data-item-id="${shownId ?? ''}"]`)).toBeVisible();
  await screenshot(page, 'engine-03-stopped');
  await expectNoAxeViolations(page);

  // Started again on the same address: the page's token was for the last launch, and it says so.
  const again = await app.restart({ samePort: true });
  await expect(banner).toContainText('Columns was started again, with a new address.', { timeout: 30_000 });
  await expect(banner).toContainText('Open the address Columns printed');
  await screenshot(page, 'engine-04-new-launch');

  // Opening the new address: the desk is back from the cache.
  await page.goto(again.url);
  for (const title of DESK) await expect(page.getByRole('region', { name: title })).toBeVisible();
  await expect(page.getByTestId('engine-banner')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Mentions · @HorizonsNHS' }).getByRole('article').first()).toBeVisible();
});

test('the empty strip has a real Add column button', async ({ page }) => {
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Scheduled' })).toBeVisible({ timeout: 30_000 });
  // The user clears the desk (each column's settings → Remove): the empty state offers the picker.
  for (const title of [...DESK].reverse()) {
    await page.getByRole('region', { name: title }).getByRole('button', { name: /settings/i }).click();
    await page.getByRole('dialog').getByRole('button', { name: /remove/i }).click();
    await expect(page.getByRole('region', { name: title })).toHaveCount(0);
  }
  await expect(page.getByTestId('columns-empty')).toBeVisible();
  await page.getByRole('button', { name: 'Add your first column' }).click();
  await expect(page.getByRole('dialog', { name: 'Add column' })).toBeVisible();
  await screenshot(page, 'engine-05-empty-add');
});
