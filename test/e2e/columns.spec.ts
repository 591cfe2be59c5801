// The column view through browser mode and the real core: practise in the training sandbox, add
// Mentions columns for two accounts, watch mentions arrive, and work through them by mouse and by
// keyboard: reply as the receiving account, like (or read why not), hide a reply, mute an author,
// mark handled. axe checks every screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';

const app = useBrowserModeApp();

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

async function addMentionsColumn(page: Page, handle: string, shot?: string): Promise<void> {
  await page.getByRole('button', { name: 'Add column', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add column' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Shows').selectOption({ label: 'Mentions' });
  await dialog.getByRole('radio', { name: `@${handle}` }).check();
  if (shot) {
    await screenshot(page, shot);
    await expectNoAxeViolations(page);
  }
  await dialog.getByRole('button', { name: 'Add column', exact: true }).click();
  await expect(dialog).toBeHidden();
}

function itemIdOf(control: Locator): Promise<string> {
  return control.evaluate((element) => element.closest('article')?.getAttribute('data-item-id') ?? '');
}

function column(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

test('mentions for two accounts: reply as the receiving account, like, hide, mute, mark handled, by mouse and keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByTestId('account-Sch4Change')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('columns-empty')).toBeVisible();
  await screenshot(page, 'columns-01-empty');
  await expectNoAxeViolations(page);

  await addMentionsColumn(page, 'HorizonsNHS', 'columns-02-add-column');
  await addMentionsColumn(page, 'Sch4Change');
  const horizons = column(page, 'Mentions · @HorizonsNHS');
  const schools = column(page, 'Mentions · @Sch4Change');
  await expect(horizons).toBeVisible();
  await expect(schools).toBeVisible();
  // The seed history has mentions of each account; the simulation adds more over time.
  await expect(horizons.getByRole('article').first()).toBeVisible({ timeout: 45_000 });
  await expect(schools.getByRole('article').first()).toBeVisible({ timeout: 45_000 });
  await expect(horizons.getByText(/Refreshes in \d+|Refreshing…|rate limit|offline|plan/i).first()).toBeVisible();
  await screenshot(page, 'columns-03-two-columns');
  await expectNoAxeViolations(page);

  // Reply: the composer opens as the account that received the mention, with the reply filled in.
  const first = horizons.getByRole('article').first();
  const itemId = await first.getAttribute('data-item-id');
  const item = horizons.locator(`article[data-item-id="${itemId ?? ''}"]`);
  await item.getByRole('button', { name: 'Reply as @HorizonsNHS', exact: true }).click();
  const composer = page.getByTestId('composer');
  await expect(composer).toBeVisible();
  await expect(composer.getByRole('checkbox', { name: 'Post as @HorizonsNHS' })).toBeChecked();
  await expect(composer.getByRole('checkbox', { name: 'Post as @Sch4Change' })).not.toBeChecked();
  await expect(composer.getByLabel('Reply to')).toHaveValue(itemId ?? '');
  await screenshot(page, 'columns-04-reply');
  await page.keyboard.press('Escape');
  await expect(composer).toBeHidden();

  // Like: done as the account, or shown as not allowed with X's reason (training plan rules).
  const like = item.getByRole('button', { name: 'Like as @HorizonsNHS', exact: true });
  const likeRefused = (await like.getAttribute('aria-disabled')) === 'true';
  // A refused action stays focusable (aria-disabled): reached and pressed by keyboard, it says why.
  await like.focus();
  await page.keyboard.press('Enter');
  // Refused up front (disabled, with the reason) or by X on the way (the answer shown, in words).
  await expect(item.getByRole('status')).toContainText(likeRefused ? /Like as @HorizonsNHS: not allowed\. \S/ : /Liked as @HorizonsNHS|Like as @HorizonsNHS failed: .*plan/);
  await screenshot(page, 'columns-05-like');

  // Hide a reply where the account owns the conversation; where it does not, the reason is given.
  const refusedHide = horizons.locator('button[data-action="hide"][aria-disabled="true"]').first();
  if ((await refusedHide.count()) > 0) {
    const refusedItem = horizons.locator(`article[data-item-id="${await itemIdOf(refusedHide)}"]`);
    await refusedHide.focus();
    await page.keyboard.press('Enter');
    await expect(refusedItem.getByRole('status')).toContainText(/Hide reply as @HorizonsNHS: not allowed\. \S/);
  }
  const allowedHide = horizons.locator('button[data-action="hide"]:not([aria-disabled])').first();
  if ((await allowedHide.count()) > 0) {
    const hideItem = horizons.locator(`article[data-item-id="${await itemIdOf(allowedHide)}"]`);
    await allowedHide.click();
    await expect(hideItem.getByRole('status')).toContainText('Reply hidden as @HorizonsNHS');
  }

  // Mark handled, by keyboard: focus the post, then the button toggles with Enter.
  await item.getByRole('button', { name: 'Mark handled', exact: true }).click();
  await expect(item.getByRole('button', { name: 'Mark not handled', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(item.getByText('✓ Handled')).toBeVisible();
  await screenshot(page, 'columns-06-handled');
  await expectNoAxeViolations(page);

  // Mute the author of a mention in the other column.
  const other = schools.getByRole('article').first();
  await other.getByRole('button', { name: 'Mute author as @Sch4Change', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Author muted as @Sch4Change|Mute author as @Sch4Change: not allowed/).first()).toBeVisible();

  // Keyboard: 1 jumps to the first column, j/k move, ? lists every shortcut.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('1');
  await expect(horizons.getByRole('article').first()).toBeFocused();
  const count = await horizons.getByRole('article').count();
  if (count > 1) {
    await page.keyboard.press('j');
    await expect(horizons.getByRole('article').nth(1)).toBeFocused();
    await page.keyboard.press('k');
    await expect(horizons.getByRole('article').first()).toBeFocused();
  }
  await page.keyboard.press('r');
  await expect(composer.getByRole('checkbox', { name: 'Post as @HorizonsNHS' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(composer).toBeHidden();
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('Jump to column 1 to 9');
  await screenshot(page, 'columns-07-shortcuts');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  // Reorder and resize persist across a reload.
  await page.getByRole('button', { name: 'Move Mentions · @Sch4Change left', exact: true }).click();
  const separator = page.getByRole('separator', { name: 'Width of Mentions · @Sch4Change' });
  const before = Number(await separator.getAttribute('aria-valuenow'));
  await separator.focus();
  await page.keyboard.press('ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', String(before + 20));
  await page.reload();
  await expect(page.getByTestId('column').first()).toContainText('Mentions · @Sch4Change');
  await expect(page.getByRole('separator', { name: 'Width of Mentions · @Sch4Change' })).toHaveAttribute('aria-valuenow', String(before + 20));
  await screenshot(page, 'columns-08-reordered');

  // Column settings: filters and mute words, saved by the core.
  await page.getByRole('button', { name: 'Settings for Mentions · @HorizonsNHS', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Column settings: Mentions · @HorizonsNHS' });
  await settings.getByRole('checkbox', { name: 'Without reposts' }).check();
  await settings.getByLabel('Mute words in this column').fill('crypto\ngiveaway');
  await screenshot(page, 'columns-09-column-settings');
  await expectNoAxeViolations(page);
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toBeHidden();
  await page.getByRole('button', { name: 'Settings for Mentions · @HorizonsNHS', exact: true }).click();
  await expect(settings.getByRole('checkbox', { name: 'Without reposts' })).toBeChecked();
  await expect(settings.getByLabel('Mute words in this column')).toHaveValue('crypto\ngiveaway');
});
