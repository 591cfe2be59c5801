// The column view through browser mode and the real core: practise in the training sandbox, add
// Mentions columns for two accounts, watch mentions arrive, and work through them by mouse and by
// keyboard: reply as the receiving account, like (or read why not), hide a reply, mute (and unmute) an author,
// mark handled. axe checks every screen.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { wholePostsIn } from './visible-posts';
import { screenshot } from './shell-steps';
import { expectNoAxeViolations } from './axe';

const app = useBrowserModeApp();

/** Practising starts with Mentions for each account: the dialog is then only opened for its screenshot. */
async function addMentionsColumn(page: Page, handle: string, shot?: string): Promise<void> {
  const exists = (await column(page, `Mentions · @${handle}`).count()) > 0;
  if (exists && !shot) return;
  await page.getByRole('button', { name: 'Add column', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add column' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Mentions', exact: true }).check();
  await dialog.getByRole('radio', { name: `@${handle}` }).check();
  if (shot) {
    await screenshot(page, shot);
    await expectNoAxeViolations(page);
  }
  await dialog.getByRole('button', { name: exists ? 'Cancel' : 'Add column', exact: true }).click();
  await expect(dialog).toBeHidden();
}

function itemIdOf(control: Locator): Promise<string> {
  return control.evaluate((element) => element.closest('article')?.getAttribute('data-item-id') ?? '');
}

/** Opens a card's "⋯" menu: the rarer actions, and what the account may not do there, with why. */
async function openMenu(article: Locator): Promise<void> {
  await article.getByRole('button', { name: /^More actions on the post by / }).click();
  await expect(article.locator('.item__menu')).toBeVisible();
}

function column(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

async function practise(page: Page): Promise<void> {
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByTestId('account-Sch4Change')).toBeVisible({ timeout: 30_000 });
  // The starting desk: Mentions for each account, All mentions, Scheduled.
  await expect(column(page, 'Scheduled')).toBeVisible();
}

/** The column's own scroller: how far down the user has read. */
function scrollTopOf(target: Locator): Promise<number> {
  return target.locator('.column__scroll').evaluate((element) => Math.round(element.scrollTop));
}

test('mentions for two accounts: reply as the receiving account, like, hide, mute, mark handled, by mouse and keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  await practise(page);
  await expect(page.getByTestId('columns-empty')).toHaveCount(0);
  await screenshot(page, 'columns-01-desk');
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
  await expect(composer.getByRole('radio', { name: 'Reply as @HorizonsNHS' })).toBeChecked();
  await expect(composer.getByRole('radio', { name: 'Reply as @Sch4Change' })).not.toBeChecked();
  await expect(composer.getByTestId('composer-answered')).toContainText('Replying to');
  await screenshot(page, 'columns-04-reply');
  await page.keyboard.press('Escape');
  await expect(composer).toBeHidden();

  // Like and quote: the training sandbox is on pay-per-use, so neither is in the card's row; the
  // "⋯" menu lists them with the reason. A refused action stays focusable (aria-disabled): pressed
  // by keyboard, it says why.
  await expect(item.locator('.item__actions > button[data-action="like"]')).toHaveCount(0);
  await expect(item.locator('.item__actions > button[data-action="quote"]')).toHaveCount(0);
  await openMenu(item);
  await expect(item.locator('.item__menu')).toContainText('Your X plan does not include likes and quotes');
  await screenshot(page, 'columns-05a-menu');
  await expectNoAxeViolations(page);
  const like = item.getByRole('button', { name: 'Like as @HorizonsNHS', exact: true });
  await expect(like).toHaveAttribute('aria-disabled', 'true');
  await expect(item.getByRole('button', { name: 'Quote as @HorizonsNHS', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await like.focus();
  await page.keyboard.press('Enter');
  await expect(item.getByRole('status')).toContainText('Like as @HorizonsNHS: not allowed. Your X plan does not include likes and quotes');
  await screenshot(page, 'columns-05-like');
  await item.getByRole('button', { name: /^More actions/ }).focus();
  await page.keyboard.press('Escape');
  await expect(item.locator('.item__menu')).toBeHidden();

  // Hide a reply where the account owns the conversation; where it does not, the reason is given.
  // The training seed has both: mentions outside Horizons' conversations, and replies inside them.
  const refusedHide = horizons.locator('button[data-action="hide"][aria-disabled="true"]').first();
  await expect(refusedHide).toHaveCount(1);
  const refusedItem = horizons.locator(`article[data-item-id="${await itemIdOf(refusedHide)}"]`);
  await openMenu(refusedItem);
  await refusedHide.focus();
  await page.keyboard.press('Enter');
  await expect(refusedItem.getByRole('status')).toContainText(/Hide reply as @HorizonsNHS: not allowed\. \S/);
  const allowedHide = horizons.locator('button[data-action="hide"]:not([aria-disabled])').first();
  await expect(allowedHide).toHaveCount(1);
  const hideItem = horizons.locator(`article[data-item-id="${await itemIdOf(allowedHide)}"]`);
  await allowedHide.click();
  await expect(hideItem.getByRole('status')).toContainText('Reply hidden as @HorizonsNHS');

  // Mark handled, by keyboard: focus the post, then the button toggles with Enter.
  await item.getByRole('button', { name: 'Mark handled', exact: true }).click();
  await expect(item.getByRole('button', { name: 'Mark not handled', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(item.getByText('✓ Handled')).toBeVisible();
  await screenshot(page, 'columns-06-handled');
  await expectNoAxeViolations(page);

  // Mute the author of a mention in the other column: their posts leave that account's columns.
  const other = schools.getByRole('article').first();
  const mutedHandle = ((await other.getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
  expect(mutedHandle).toMatch(/^@\w+$/);
  await openMenu(other);
  await other.getByRole('button', { name: 'Mute author as @Sch4Change', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Muted ${mutedHandle} for @Sch4Change` })).toBeVisible();
  await expect(schools.locator(`article[aria-label^="${mutedHandle}:"]`)).toHaveCount(0);

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
  await expect(composer.getByRole('radio', { name: 'Reply as @HorizonsNHS' })).toBeChecked();
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
  // The muted author stays out after the reload (the cache still holds their posts).
  await expect(column(page, 'Mentions · @Sch4Change').getByRole('article').first()).toBeVisible();
  await expect(column(page, 'Mentions · @Sch4Change').locator(`article[aria-label^="${mutedHandle}:"]`)).toHaveCount(0);
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
  await page.keyboard.press('Escape');

  // Settings lists who is muted; Unmute brings the author's posts back to that account's columns.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const appSettings = page.getByRole('dialog', { name: 'Settings' });
  const muted = appSettings.getByTestId('muted-authors');
  await expect(muted.getByRole('listitem')).toHaveCount(1);
  await expect(muted.getByRole('listitem')).toContainText(`${mutedHandle} muted by @Sch4Change`);
  await muted.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'columns-09b-muted-accounts');
  await expectNoAxeViolations(page);
  await muted.getByRole('button', { name: `Unmute ${mutedHandle} for @Sch4Change`, exact: true }).click();
  await expect(muted.getByRole('status')).toHaveText(`Unmuted ${mutedHandle} for @Sch4Change: their posts are listed again.`);
  await expect(muted.getByRole('listitem')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(column(page, 'Mentions · @Sch4Change').locator(`article[aria-label^="${mutedHandle}:"]`).first()).toBeVisible();
});

test('a reply from a column is confirmed like a new post, and what arrives waits behind the "N new" bar; repost state, mute words, spend and plan settings, / and n', async ({ page }) => {
  test.setTimeout(150_000);
  const token = `nb${Date.now().toString(36)}`;
  await practise(page);

  // `/` with no search column offers to add one; `n` opens a new post.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  const add = page.getByRole('dialog', { name: 'Add column' });
  await expect(add.getByRole('radio', { name: 'Search or hashtag', exact: true })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(add).toBeHidden();
  await page.keyboard.press('n');
  const composer = page.getByTestId('composer');
  await expect(composer.getByRole('heading', { name: 'New post', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(composer).toBeHidden();

  await addMentionsColumn(page, 'HorizonsNHS');
  await addMentionsColumn(page, 'Sch4Change');
  const horizons = column(page, 'Mentions · @HorizonsNHS');
  const schools = column(page, 'Mentions · @Sch4Change');
  await expect(horizons.getByRole('article').first()).toBeVisible({ timeout: 45_000 });
  await expect(schools.getByRole('article').first()).toBeVisible({ timeout: 45_000 });

  // With a search column, `/` goes to it instead of adding another.
  await page.keyboard.press('/');
  await expect(add).toBeVisible();
  await add.getByRole('radio', { name: '@HorizonsNHS' }).check();
  await add.getByLabel('Search words or #hashtag').fill('#Improve4Patients');
  await add.getByRole('button', { name: 'Add column', exact: true }).click();
  const search = page.getByTestId('column').filter({ hasText: 'Search · #Improve4Patients' });
  await expect(search).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(add).toBeHidden();
  await expect.poll(() => search.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await search.getByRole('button', { name: /^Settings for Search/ }).click();
  await page.getByRole('button', { name: 'Remove column', exact: true }).click();
  await expect(search).toHaveCount(0);

  // Read further down the Sch4Change column.
  const scroller = schools.locator('.column__scroll');
  await scroller.evaluate((element) => element.scrollTo({ top: 400 }));
  await expect.poll(() => scrollTopOf(schools)).toBeGreaterThan(100);
  const readingTop = await scrollTopOf(schools);

  // Reply from the Horizons column: the composer says what it is, as the receiving account, and the
  // corporate confirmation applies exactly as for a new post.
  const replyable = horizons.locator('button[data-action="reply"]:not([aria-disabled])').first();
  const target = horizons.locator(`article[data-item-id="${await itemIdOf(replyable)}"]`);
  const author = ((await target.getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
  await replyable.click();
  await expect(composer.getByRole('heading', { name: `Reply to ${author}`, exact: true })).toBeVisible();
  await expect(composer.getByRole('radio', { name: 'Reply as @HorizonsNHS' })).toBeChecked();
  await composer.getByRole('textbox', { name: 'Post text' }).fill(`@Sch4Change have a look ${token}`);
  await screenshot(page, 'columns-10-reply-composer');
  await composer.getByTestId('compose-publish').click();
  const confirmation = page.getByTestId('post-confirmation');
  await expect(confirmation.getByText('@HorizonsNHS', { exact: true })).toBeVisible();
  await expect(confirmation).toContainText(`This is a reply to ${author}.`);
  await expect(confirmation.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Enter alone does not post.
  await page.keyboard.press('Enter');
  await expect(confirmation).toBeHidden();
  await expect(composer).toBeVisible();
  await composer.getByTestId('compose-publish').click();
  await screenshot(page, 'columns-11-reply-confirmation');
  await expectNoAxeViolations(page);
  await confirmation.getByRole('button', { name: 'Post as @HorizonsNHS' }).click();
  await expect(composer).toBeHidden();

  // The reply mentions Sch4Change: it arrives in that column while the user reads lower down. It
  // waits behind the bar; what the user reads does not move.
  const bar = schools.getByRole('button', { name: /^\d+ new posts? — show$/ });
  await expect
    .poll(
      async () => {
        await schools.getByRole('button', { name: 'Refresh Mentions · @Sch4Change', exact: true }).click();
        return bar.count();
      },
      { timeout: 45_000, intervals: [1000] },
    )
    .toBe(1);
  await expect(bar).toHaveText('1 new post — show');
  expect(await scrollTopOf(schools)).toBe(readingTop);
  await expect(schools.getByRole('article').filter({ hasText: token })).toHaveCount(0);
  await screenshot(page, 'columns-12-new-bar');
  await expectNoAxeViolations(page);
  await bar.click();
  await expect(bar).toBeHidden();
  await expect.poll(() => scrollTopOf(schools)).toBe(0);
  await expect(schools.getByRole('article').first()).toContainText(token);
  await screenshot(page, 'columns-13-new-shown');

  // Repost: recorded, offered as "Undo repost" (pressed), still so after a reload, and undone.
  // (The account picker and the corporate confirmation are guard.spec.ts's; here they are passed.)
  const fresh = schools.getByRole('article').first();
  await fresh.getByRole('button', { name: 'Repost as @Sch4Change', exact: true }).click();
  await page.getByRole('dialog', { name: 'Repost' }).getByRole('button', { name: 'Repost as @Sch4Change', exact: true }).click();
  await page.getByTestId('post-confirmation').getByRole('button', { name: 'Repost as @Sch4Change', exact: true }).click();
  await expect(fresh.getByRole('button', { name: 'Undo repost as @Sch4Change', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  const again = column(page, 'Mentions · @Sch4Change').getByRole('article').filter({ hasText: token });
  await expect(again.getByRole('button', { name: 'Undo repost as @Sch4Change', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await again.getByRole('button', { name: 'Undo repost as @Sch4Change', exact: true }).click();
  await page.getByTestId('post-confirmation').getByRole('button', { name: 'Undo repost as @Sch4Change', exact: true }).click();
  await expect(again.getByRole('button', { name: 'Repost as @Sch4Change', exact: true })).toHaveAttribute('aria-pressed', 'false');

  // Mute words for every column: checked before saving, then the post leaves every column.
  await page.getByRole('button', { name: 'Mute words', exact: true }).click();
  const mute = page.getByRole('dialog', { name: 'Mute words in every column' });
  const words = mute.getByLabel('Muted everywhere');
  await words.fill(`crypto\n${'x'.repeat(101)}`);
  await mute.getByRole('button', { name: 'Save mute words', exact: true }).click();
  await expect(mute.getByRole('alert')).toContainText('is longer than 100 characters');
  await expect(words).toHaveAttribute('aria-invalid', 'true');
  await words.fill(`crypto\n${token}`);
  await screenshot(page, 'columns-14-mute-words');
  await expectNoAxeViolations(page);
  await mute.getByRole('button', { name: 'Save mute words', exact: true }).click();
  await expect(mute).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Muted in every column: 2 words.' })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: token })).toHaveCount(0);
  await page.getByRole('button', { name: 'Mute words', exact: true }).click();
  await expect(words).toHaveValue(`crypto\n${token}`);
  await words.fill('');
  await mute.getByRole('button', { name: 'Save mute words', exact: true }).click();
  await expect(column(page, 'Mentions · @Sch4Change').getByRole('article').filter({ hasText: token })).toHaveCount(1);

  // Settings: spend per account, the price table and the cap (checked), and the X API plan.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const spend = settings.getByTestId('spend-settings');
  await expect(spend.getByRole('row', { name: /@HorizonsNHS/ })).toContainText(/\$\d/);
  const cap = spend.getByLabel('Monthly cap, US dollars (all accounts)');
  await cap.fill('lots');
  await spend.getByRole('button', { name: 'Save spend settings', exact: true }).click();
  await expect(spend.getByRole('alert')).toContainText('Enter an amount in US dollars');
  await expect(cap).toHaveAttribute('aria-invalid', 'true');
  await cap.fill('25');
  await spend.getByLabel('Each post read (home, search, a user’s posts)').fill('0.006');
  await spend.getByRole('button', { name: 'Save spend settings', exact: true }).click();
  await expect(spend.getByRole('status')).toHaveText('Saved.');
  await expect(settings.getByRole('radio', { name: /^Pay-per-use/ })).toBeChecked();
  await spend.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'columns-15-spend-settings');
  await expectNoAxeViolations(page);
  await settings.getByRole('radio', { name: /^Pay-per-use/ }).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'columns-16-x-api-plan');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(cap).toHaveValue('25');
  await expect(spend.getByLabel('Each post read (home, search, a user’s posts)')).toHaveValue('0.006');
});

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('compact cards: at least six mentions in view, actions on hover and focus, and only mixed columns say which account a post reached', async ({ page }) => {
    test.setTimeout(90_000);
    await practise(page);
    await addMentionsColumn(page, 'HorizonsNHS');
    const horizons = column(page, 'Mentions · @HorizonsNHS');
    await expect(horizons.getByRole('article').nth(6)).toBeAttached({ timeout: 45_000 });

    expect(await horizons.locator('.column__scroll').evaluate(wholePostsIn)).toBeGreaterThanOrEqual(6);
    // The header names the account: no per-card chip in a single-account column.
    await expect(horizons.locator('.item__receiver-chip')).toHaveCount(0);

    // The action row appears on hover and on keyboard focus, and is operable from the keyboard.
    const first = horizons.getByRole('article').first();
    const row = first.locator('.item__actions');
    await expect(row).toHaveCSS('opacity', '0');
    await first.hover();
    await expect(row).toHaveCSS('opacity', '1');
    await screenshot(page, 'columns-17-compact-hover');
    await page.mouse.move(1400, 880);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('1');
    await expect(first).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(row.getByRole('button').first()).toBeFocused();
    await expect(row).toHaveCSS('opacity', '1');
    await expect(row.getByRole('button').first()).toHaveAttribute('title', /\S/);
    await screenshot(page, 'columns-18-compact-focus');
    await expectNoAxeViolations(page);

    // All mentions mixes accounts: each card says which one the post reached, never "to".
    await page.getByRole('button', { name: 'Add column', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add column' });
    await expect(dialog.getByRole('radio', { name: 'Activity', exact: true })).toHaveAccessibleDescription(/Who reposted the account’s posts · X bills each post read/);
    await expect(dialog.getByRole('radio', { name: 'Drafts', exact: true })).toHaveAccessibleDescription(/From Columns’ own queue · free/);
    await dialog.getByRole('radio', { name: 'All mentions', exact: true }).check();
    await screenshot(page, 'columns-19-add-column-kinds');
    await expectNoAxeViolations(page);
    // The starting desk has All mentions already: the dialog was for the picker; the desk's column is read.
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    const all = column(page, 'All mentions');
    await expect(all).toHaveCount(1);
    await expect(all.locator('.item__receiver-chip').first()).toBeVisible({ timeout: 45_000 });
    const chips = await all.locator('.item__receiver-chip').allTextContents();
    expect(chips.filter((chip) => !/^(mentions|via) @\w+$/.test(chip))).toEqual([]);
    await screenshot(page, 'columns-20-all-mentions');
    await expectNoAxeViolations(page);
  });
});
