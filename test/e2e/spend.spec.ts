// Spend you can believe: on the training desk each remote column's header says what it is
// expected to cost a day, steadily (from its refresh plan, the posts seen arriving and X's price),
// and its basis shows on hover and on keyboard focus, with the shared mentions request named as
// shared. axe checks the screen with the basis open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';

const app = useBrowserModeApp();

const column = (page: Page, title: string): Locator => page.getByRole('region', { name: title });

test('column headers show a steady cost a day with its basis on hover', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByTestId('account-Sch4Change')).toBeVisible({ timeout: 30_000 });

  const mentions = column(page, 'Mentions · @HorizonsNHS');
  const all = column(page, 'All mentions');
  await expect(mentions.locator('article').first()).toBeVisible({ timeout: 30_000 });

  // A figure a day, not an hour, and small: the seeded mentions are billed as owned reads ($0.001).
  const figure = mentions.locator('.column__cost-button');
  await expect(figure).toHaveText(/^~\$0\.\d+ a day$|^<\$0\.001 a day$/);
  const usd = Number((await figure.textContent())?.match(/\$(\d+\.\d+)/)?.[1] ?? 'NaN');
  expect(usd).toBeLessThan(0.5);

  await figure.hover();
  const tip = mentions.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/@HorizonsNHS mentions: every \d+ (s|min) × 24 h = [\d,]+ requests; ~[\d.]+ posts\/day read × \$0\.001\/post \(owned read\)/);
  await expect(tip).toContainText(/Shared with .*All mentions.*billed once/);
  await expect(tip).toContainText(/All columns together: ~?<?\$[\d.]+ a day \(shared requests counted once\)/);
  await screenshot(page, 'spend-cost-basis');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // All mentions reads every account's mentions request, each shared with that account's column.
  await all.locator('.column__cost-button').focus();
  const allTip = all.getByRole('tooltip');
  await expect(allTip).toBeVisible();
  await expect(allTip).toContainText('@HorizonsNHS mentions');
  await expect(allTip).toContainText('@Sch4Change mentions');
  await expect(allTip).toContainText('@sam_comms mentions');
  // The total counts each of the three mentions requests once, though four columns show them.
  await expect(async () => {
    const text = (await allTip.textContent()) ?? '';
    const perRequest = [...text.matchAll(/= <?\$(\d+\.\d+)\/day/g)].map((match) => Number(match[1]));
    expect(perRequest).toHaveLength(3);
    const total = Number(text.match(/All columns together: ~?<?\$(\d+\.\d+)/)?.[1] ?? 'NaN');
    expect(total).toBeCloseTo(perRequest.reduce((sum, usd) => sum + usd, 0), 2);
  }).toPass({ timeout: 15_000 });
  await screenshot(page, 'spend-cost-basis-all-mentions');
});
