// Every publishing path guarded the same way (issue 11), in Chromium on the training sandbox:
// repost picks the account and confirms a corporate one in large type; a CSV import of corporate
// posts lists them in one confirmation per account; the same text from two accounts gets X's
// duplicate-content advice; mute offers Undo and "Mute for all my accounts". axe checks each screen.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';
import { expectNoAxeViolations } from './axe';

const app = useBrowserModeApp();

const column = (page: Page, title: string): Locator => page.getByRole('region', { name: title });

async function practise(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByTestId('account-Sch4Change')).toBeVisible({ timeout: 30_000 });
  await expect(column(page, 'Scheduled')).toBeVisible();
}

/** The first card in @HorizonsNHS's mentions that offers a repost. */
async function firstRepostable(page: Page): Promise<Locator> {
  const mentions = column(page, 'Mentions · @HorizonsNHS');
  const candidate = mentions.getByRole('article').filter({ has: page.getByRole('button', { name: 'Repost as @HorizonsNHS', exact: true }) }).first();
  await expect(candidate).toBeVisible({ timeout: 30_000 });
  // Pinned by its id: once reposted it no longer matches the filter above.
  return mentions.locator(`article[data-item-id="${await candidate.getAttribute('data-item-id')}"]`);
}

test('repost from a corporate training account: pick the account, then the large-type confirmation', async ({ page }) => {
  test.setTimeout(120_000);
  await practise(page);
  const card = await firstRepostable(page);
  await card.getByRole('button', { name: 'Repost as @HorizonsNHS', exact: true }).click();

  // TweetDeck's dialog: the receiving account first, every training account offered, none live.
  const picker = page.getByRole('dialog', { name: 'Repost' });
  await expect(picker.getByRole('radio', { name: /@HorizonsNHS/ })).toBeChecked();
  await expect(picker.getByRole('radio')).toHaveCount(3);
  await picker.getByRole('radio', { name: /@Sch4Change/ }).check();
  await screenshot(page, 'guard-01-repost-picker');
  await expectNoAxeViolations(page);
  await picker.getByRole('button', { name: 'Repost as @Sch4Change', exact: true }).click();

  // @Sch4Change asks for confirmation (core says so): large type, naming it, Cancel focused.
  const confirmation = page.getByTestId('post-confirmation');
  await expect(confirmation.locator('.confirm__handle')).toHaveText('@Sch4Change');
  await expect(confirmation).toContainText('A repost of @');
  await expect(confirmation.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshot(page, 'guard-02-repost-confirmation');
  await expectNoAxeViolations(page);
  await confirmation.getByRole('button', { name: 'Repost as @Sch4Change', exact: true }).click();
  await expect(confirmation).toBeHidden();
  await expect(card).toContainText('Reposted as @Sch4Change');

  // Reposting as the receiving corporate account asks for its own confirmation; Cancel sends nothing.
  await card.getByRole('button', { name: 'Repost as @HorizonsNHS', exact: true }).click();
  await page.getByRole('dialog', { name: 'Repost' }).getByRole('button', { name: 'Repost as @HorizonsNHS', exact: true }).click();
  await expect(confirmation.locator('.confirm__handle')).toHaveText('@HorizonsNHS');
  await confirmation.getByRole('button', { name: 'Cancel' }).click();
  await expect(card.getByRole('button', { name: 'Repost as @HorizonsNHS', exact: true })).toHaveAttribute('aria-pressed', 'false');

  // The `t` key goes the same way.
  await card.focus();
  await page.keyboard.press('t');
  await expect(page.getByRole('dialog', { name: 'Repost' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Repost' }).getByRole('button', { name: 'Repost as @HorizonsNHS', exact: true }).click();
  await confirmation.getByRole('button', { name: 'Repost as @HorizonsNHS', exact: true }).click();
  await expect(card.getByRole('button', { name: 'Undo repost as @HorizonsNHS', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, 'guard-03-reposted');
});

test('mute: the notice offers Undo and "Mute for all my accounts"', async ({ page }) => {
  test.setTimeout(120_000);
  await practise(page);
  const mentions = column(page, 'Mentions · @HorizonsNHS');
  const card = mentions.getByRole('article').first();
  await expect(card).toBeVisible({ timeout: 30_000 });
  const handle = ((await card.getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
  expect(handle).toMatch(/^@\w+$/);
  await card.getByRole('button', { name: /^More actions on the post by / }).click();
  await card.getByRole('button', { name: 'Mute author as @HorizonsNHS', exact: true }).click();
  const notice = page.getByTestId('mute-notice');
  await expect(notice).toContainText(`Muted ${handle} for @HorizonsNHS`);
  await expect(mentions.locator(`article[aria-label^="${handle}:"]`)).toHaveCount(0);
  await screenshot(page, 'guard-04-mute-notice');
  await expectNoAxeViolations(page);

  await notice.getByRole('button', { name: 'Mute for all my accounts' }).click();
  await expect(notice).toContainText(`Muted ${handle} for all your accounts (@HorizonsNHS, @Sch4Change`);
  await screenshot(page, 'guard-05-muted-everywhere');

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Unmuted ${handle} for @HorizonsNHS, @Sch4Change` })).toBeVisible();
  await expect(mentions.locator(`article[aria-label^="${handle}:"]`).first()).toBeVisible();
  await screenshot(page, 'guard-06-mute-undone');
});

test('the same text from two accounts gets X’s duplicate-content advice, pointing at “Customise for @…”', async ({ page }) => {
  await practise(page);
  await page.getByRole('button', { name: 'New post' }).click();
  const composer = page.getByTestId('composer');
  await composer.getByRole('checkbox', { name: 'Post as @HorizonsNHS' }).check();
  await composer.getByRole('checkbox', { name: 'Post as @Sch4Change' }).check();
  await composer.getByRole('textbox', { name: 'Post text' }).fill('Flu jabs at the clinic today, no need to book');
  const advice = composer.getByTestId('compose-post-checks');
  await expect(advice).toContainText('The same text would go out from @HorizonsNHS and @Sch4Change.');
  await expect(advice).toContainText('identical or substantially similar posts from several accounts you control');
  await expect(advice).toContainText('"Customise for @Sch4Change"');
  await screenshot(page, 'guard-07-duplicate-advice');
  await expectNoAxeViolations(page);

  // Customising the words for one account clears the advice.
  await composer.getByRole('checkbox', { name: 'Customise for @Sch4Change' }).check();
  await composer.getByRole('textbox', { name: 'Post text' }).first().fill('Flu jabs at the Horizons clinic today, no need to book');
  const variant = composer.getByRole('textbox').filter({ hasText: '' }).last();
  await variant.fill('Schools: ask your school nurse about this week’s flu sessions');
  await expect(advice).toHaveCount(0);
});

test('a CSV import of corporate posts lists them in one confirmation per account', async ({ page }) => {
  test.setTimeout(120_000);
  const tomorrow = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(Date.now() + 86_400_000));
  const dir = mkdtempSync(join(tmpdir(), 'columns-guard-'));
  const csvPath = join(dir, 'corporate-week.csv');
  writeFileSync(
    csvPath,
    [
      'account,datetime,text',
      `@HorizonsNHS,${tomorrow} 09:00,Flu clinics are open all week`,
      `@HorizonsNHS,${tomorrow} 13:00,Walk-in hours this afternoon`,
      `@sam_comms,${tomorrow} 17:00,Proud of the team today`,
    ].join('\n'),
  );
  await practise(page);
  await page.getByRole('navigation', { name: 'Accounts and actions' }).getByRole('button', { name: /^Schedule/ }).click();
  const schedule = page.getByTestId('schedule');
  await schedule.getByRole('button', { name: 'Import CSV…' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import posts from a CSV file' });
  await importDialog.getByLabel('CSV file', { exact: true }).setInputFiles(csvPath);

  const batch = page.getByTestId('batch-confirmation');
  await expect(batch.locator('.confirm__handle')).toHaveText(['@HorizonsNHS']);
  const listed = batch.getByRole('list', { name: 'Posts from @HorizonsNHS' }).getByRole('listitem');
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(0)).toContainText('09:00');
  await expect(listed.nth(0)).toContainText('Flu clinics are open all week');
  await expect(listed.nth(1)).toContainText('Walk-in hours this afternoon');
  await expect(batch.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshot(page, 'guard-08-csv-batch-confirmation');
  await expectNoAxeViolations(page);

  // Cancel: nothing imported, and the dialog says why; confirming then imports the whole file.
  await batch.getByRole('button', { name: 'Cancel' }).click();
  await expect(importDialog.getByTestId('csv-summary')).toContainText('Nothing has been imported: @HorizonsNHS asks for confirmation');
  await screenshot(page, 'guard-09-csv-not-confirmed');
  await importDialog.getByRole('button', { name: 'Confirm and import 3 rows' }).click();
  await batch.getByRole('button', { name: 'Schedule 2 posts as @HorizonsNHS', exact: true }).click();
  await expect(importDialog.getByTestId('csv-summary')).toContainText('Scheduled 3 posts.');
  await screenshot(page, 'guard-10-csv-imported');
  await importDialog.getByRole('button', { name: 'Done' }).click();
  await expect(schedule.getByTestId('schedule-post')).toHaveCount(3);
});
