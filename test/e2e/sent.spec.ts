// Know it happened, through browser mode and the real core on the training sandbox: Post now turns
// its notice into "Posted ✓ as @x — View post" (the post opens inside the app: training people are
// simulated), the Sent column lists the post by its X id with live actions, nothing in a training
// item links to x.com or twitter.com, marking handled in one column shows in another at once (no
// reload), a column can hide handled posts, and "?" lists every shortcut. axe checks every screen.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';
import { expectNoAxeViolations } from './axe';

const app = useBrowserModeApp();

function column(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** Every address a link or an opened window in the page points at (window.open is recorded by the init script). */
async function addressesIn(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('[data-testid="column"] a[href], [data-testid="post-outcome"] a[href], dialog a[href]')].map((a) => (a as HTMLAnchorElement).href),
    ...((window as unknown as { openedUrls?: string[] }).openedUrls ?? []),
  ]);
}

/**
 * Every post id a (virtual) column draws, top to bottom: it scrolls through, loading more as it
 * goes. It stops where `stopAt` is drawn (left in view), else goes back to the top.
 */
function idsThroughout(target: Locator, stopAt = ''): Promise<string[]> {
  return target.locator('.column__scroll').evaluate(async (scroller, stop) => {
    const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const seen = new Set<string>();
    scroller.scrollTo({ top: 0 });
    let settled = 0;
    for (let step = 0; step < 400 && settled < 20; step += 1) {
      await frame();
      scroller.querySelectorAll('article').forEach((article) => seen.add(article.getAttribute('data-item-id') ?? ''));
      if (stop && seen.has(stop)) {
        scroller.querySelector(`article[data-item-id="${stop}"]`)?.scrollIntoView({ block: 'center' });
        return [...seen];
      }
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
      // At the end, a few frames for the next page to arrive before calling it the end.
      settled = atEnd ? settled + 1 : 0;
      if (!atEnd) scroller.scrollBy(0, scroller.clientHeight * 0.8);
    }
    scroller.scrollTo({ top: 0 });
    return [...seen];
  }, stopAt);
}

const X_ADDRESS = /^https?:\/\/([a-z]+\.)?(x\.com|twitter\.com|t\.co)(\/|$)/i;

test.beforeEach(async ({ page }) => {
  // Records what the app opens in a new window, without opening it.
  await page.addInitScript(() => {
    const opened: string[] = [];
    (window as unknown as { openedUrls: string[] }).openedUrls = opened;
    window.open = (url?: string | URL) => {
      opened.push(String(url ?? ''));
      return null;
    };
  });
});

test('post now says Posted ✓ with View post in the app; Sent lists it by its X id; training links stay in the app; handled shows in every column; hide handled; ? lists the shortcuts', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByTestId('account-sam_comms')).toBeVisible({ timeout: 30_000 });
  await expect(column(page, 'Scheduled')).toBeVisible();

  // Post now as the personal training account.
  const stamp = `k${Date.now().toString(36)}`;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  const composer = page.getByTestId('composer');
  await composer.getByRole('checkbox', { name: 'Post as @sam_comms' }).check();
  await composer.getByRole('textbox', { name: 'Post text' }).fill(`Clinic open till 8 tonight ${stamp}`);
  await composer.getByTestId('compose-publish').click();
  await expect(composer).toBeHidden();

  const notice = page.getByTestId('post-outcome');
  await expect(notice).toContainText('Posted ✓ as @sam_comms', { timeout: 30_000 });
  const viewPost = notice.getByRole('button', { name: 'View the post as @sam_comms (training)' });
  await expect(viewPost).toHaveText('View post');
  await screenshot(page, 'sent-01-posted-notice');
  await expectNoAxeViolations(page);

  // View post opens it inside the app, by its X id.
  await viewPost.click();
  const viewer = page.getByTestId('in-app-view');
  await expect(viewer.getByTestId('in-app-post')).toContainText(`Clinic open till 8 tonight ${stamp}`);
  await expect(viewer).toContainText('Training only');
  const xId = (await viewer.getByTestId('in-app-post').getAttribute('data-post-id')) ?? '';
  expect(xId).toMatch(/^\d{5,19}$/);
  await screenshot(page, 'sent-02-view-post-in-app');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(viewPost).toBeFocused();
  await notice.getByRole('button', { name: 'Dismiss the post notice' }).click();
  await expect(notice).toHaveText('');

  // The same text again: X refuses a duplicate, and the notice says so and what to do.
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await composer.getByRole('checkbox', { name: 'Post as @sam_comms' }).check();
  await composer.getByRole('textbox', { name: 'Post text' }).fill(`Clinic open till 8 tonight ${stamp}`);
  await composer.getByTestId('compose-publish').click();
  await expect(composer).toBeHidden();
  await expect(notice.locator('[data-state="failed"]')).toContainText('Not posted as @sam_comms:', { timeout: 30_000 });
  await expect(notice).toContainText('Open Schedule › Failed and held to edit it or try again.');
  await expect(notice.getByRole('button', { name: /View the post/ })).toHaveCount(0);
  await screenshot(page, 'sent-01b-failed-notice');
  await expectNoAxeViolations(page);
  // Open Schedule goes where failed posts wait; back to the columns.
  await notice.getByRole('button', { name: 'Open Schedule', exact: true }).click();
  await expect(notice).toHaveText('');
  await expect(page.locator('.nav-item[aria-current="page"]')).toContainText('Schedule');
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  await expect(column(page, 'Scheduled')).toBeVisible();

  // The Sent column: the post by its X id, live actions, never "Not on X yet".
  await page.getByRole('button', { name: 'Add column', exact: true }).click();
  const add = page.getByRole('dialog', { name: 'Add column' });
  await add.getByRole('radio', { name: 'Sent', exact: true }).check();
  await add.getByRole('radio', { name: '@sam_comms' }).check();
  await add.getByRole('button', { name: 'Add column', exact: true }).click();
  await expect(add).toBeHidden();
  const sent = column(page, 'Sent · @sam_comms');
  const sentPost = sent.locator(`article[data-item-id="${xId}"]`);
  await expect(sentPost).toContainText(`Clinic open till 8 tonight ${stamp}`);
  await expect(sent).not.toContainText('Not on X yet');
  await expect(sent).toContainText('Updates as posts change');
  await expect(sentPost.getByRole('button', { name: 'Reply as @sam_comms', exact: true })).toBeAttached();
  await expect(sentPost.getByRole('button', { name: 'Repost as @sam_comms', exact: true })).toBeAttached();
  await sentPost.scrollIntoViewIfNeeded();
  await screenshot(page, 'sent-03-sent-column');
  await sentPost.getByRole('button', { name: /^More actions/ }).click();
  await expect(sentPost.getByRole('button', { name: 'Open the post (training)' })).toBeVisible();
  await screenshot(page, 'sent-03b-sent-menu');
  await expectNoAxeViolations(page);
  await sentPost.getByRole('button', { name: 'Open the post (training)' }).click();
  await expect(viewer.getByTestId('in-app-post')).toHaveAttribute('data-post-id', xId);
  await page.keyboard.press('Escape');

  // Training items: Open and Profile stay in the app (by mouse and by keys), and no link leads to X.
  const mentions = column(page, 'Mentions · @HorizonsNHS');
  const all = column(page, 'All mentions');
  const first = mentions.getByRole('article').first();
  await expect(first).toBeVisible({ timeout: 45_000 });
  const itemId = (await first.getAttribute('data-item-id')) ?? '';
  const author = ((await first.getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
  await first.focus();
  await page.keyboard.press('p');
  await expect(viewer.getByTestId('in-app-profile')).toContainText(`${author} is a simulated person`);
  await screenshot(page, 'sent-04-profile-in-app');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();
  await page.keyboard.press('o');
  await expect(viewer.getByTestId('in-app-post')).toHaveAttribute('data-post-id', itemId);
  await page.keyboard.press('Escape');
  const addresses = await addressesIn(page);
  expect(addresses.filter((address) => X_ADDRESS.test(address))).toEqual([]);
  // The menus of training items hold no links at all: Open and Profile are buttons into the app.
  await expect(page.locator('[data-testid="column"] .item__menu a')).toHaveCount(0);
  expect(await page.locator('[data-testid="column"] .item__menu').count()).toBeGreaterThan(0);
  // Nor do they send the user to x.com in words (blocking, which X's API lacks, included).
  await expect(page.locator('[data-testid="column"] .item__menu').filter({ hasText: 'x.com' })).toHaveCount(0);

  // Handled in one column shows in the other at once: a post both @sam_comms' Mentions and All
  // mentions show (the lists are virtual: All mentions is scrolled to it).
  const drawnIn = (target: Locator): Promise<string[]> => target.locator('article').evaluateAll((articles) => articles.map((a) => a.getAttribute('data-item-id') ?? ''));
  const samMentions = column(page, 'Mentions · @sam_comms');
  let sharedId = '';
  await expect
    .poll(async () => {
      const inAll = new Set(await idsThroughout(all));
      sharedId = (await drawnIn(samMentions)).find((id) => inAll.has(id)) ?? '';
      return sharedId;
    }, { timeout: 30_000 })
    .not.toBe('');
  const handledPost = samMentions.locator(`article[data-item-id="${sharedId}"]`);
  const twin = all.locator(`article[data-item-id="${sharedId}"]`);
  expect(await idsThroughout(all, sharedId)).toContain(sharedId);
  await expect(twin).toBeVisible();
  await expect(twin.getByText('✓ Handled')).toHaveCount(0);
  const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);
  await handledPost.focus();
  await page.keyboard.press('e');
  await expect(handledPost.getByText('✓ Handled')).toBeVisible();
  await expect(twin.getByText('✓ Handled')).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);
  await twin.scrollIntoViewIfNeeded();
  await screenshot(page, 'sent-05-handled-in-both');
  await expectNoAxeViolations(page);

  // All mentions hides handled posts: the post leaves it; marked not handled, it comes back.
  await page.getByRole('button', { name: 'Settings for All mentions', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Column settings: All mentions' });
  await settings.getByRole('checkbox', { name: 'Hide posts marked handled' }).check();
  await screenshot(page, 'sent-06-hide-handled-setting');
  await expectNoAxeViolations(page);
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toBeHidden();
  await expect(all.getByRole('article').first()).toBeVisible();
  expect(await idsThroughout(all)).not.toContain(sharedId);
  await screenshot(page, 'sent-07-hidden-handled');
  await handledPost.getByRole('button', { name: 'Mark not handled', exact: true }).click();
  await expect.poll(() => idsThroughout(all), { timeout: 15_000 }).toContain(sharedId);
  await page.getByRole('button', { name: 'Settings for All mentions', exact: true }).click();
  await expect(settings.getByRole('checkbox', { name: 'Hide posts marked handled' })).toBeChecked();
  await page.keyboard.press('Escape');

  // ? lists every shortcut, handled, mute, open and Esc among them.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const does of ['Mark handled', 'Mute the author', 'Open the post', 'Close a dialog or menu', 'Repost', 'Quote', 'Jump to column 1 to 9']) await expect(sheet).toContainText(does);
  await expect(sheet.locator('kbd').filter({ hasText: /^Esc$/ })).toHaveCount(1);
  await expect(sheet.locator('kbd').filter({ hasText: /^e$/ })).toHaveCount(1);
  await expect(sheet.locator('kbd').filter({ hasText: /^u$/ })).toHaveCount(1);
  await screenshot(page, 'sent-08-shortcuts');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
