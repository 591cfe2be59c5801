// The calendars of the Schedule view, through browser mode and the real core on the training
// sandbox: a crowded hour in the week lists its posts in a tooltip (pointer and keyboard), the queue
// times still free are marked with their account, and the month view counts each day's posts per
// account and opens the week of the day chosen, by mouse or keyboard. axe checks each screen.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';
import { expectNoAxeViolations } from './axe';

const app = useBrowserModeApp();

/** A London calendar day `offset` days from now: ISO key, the UK spreadsheet form, weekday and month. */
function londonDay(offset: number): { key: string; uk: string; weekday: string; month: string } {
  const instant = new Date(Date.now() + offset * 86_400_000);
  const part = (options: Intl.DateTimeFormatOptions): string => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options }).format(instant);
  const [day, month, year] = part({ day: '2-digit', month: '2-digit', year: 'numeric' }).split('/');
  return { key: `${year}-${month}-${day}`, uk: `${day}/${month}/${year}`, weekday: part({ weekday: 'long' }), month: part({ month: 'long', year: 'numeric' }) };
}

async function importPosts(page: Page, schedule: Locator, rows: string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'columns-calendar-'));
  try {
    const file = join(dir, 'posts.csv');
    writeFileSync(file, ['account,datetime,text,media path,alt text', ...rows].join('\r\n'));
    await schedule.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import posts from a CSV file' });
    await dialog.getByLabel('CSV file', { exact: true }).setInputFiles(file);
    // Every row is valid; the corporate accounts each confirm, once, the posts listed for them.
    const batch = page.getByTestId('batch-confirmation');
    await expect(batch.locator('.confirm__handle')).toHaveText(['@HorizonsNHS', '@Sch4Change']);
    for (const handle of ['HorizonsNHS', 'Sch4Change']) await batch.getByRole('button', { name: new RegExp(`^Schedule \\d+ posts? as @${handle}$`) }).click();
    await expect(dialog.getByTestId('csv-summary')).toContainText(`Scheduled ${rows.length} posts.`);
    await dialog.getByRole('button', { name: 'Done' }).click();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Queue times for one account: `time` on every day of the week. */
async function setDailyQueueTime(page: Page, schedule: Locator, handle: string, time: string): Promise<void> {
  await schedule.getByRole('button', { name: 'Queue times…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Queue times' });
  await dialog.getByLabel('Account').selectOption({ label: `@${handle}` });
  await dialog.getByLabel('Add a time').fill(time);
  await dialog.getByRole('button', { name: 'Add time' }).click();
  for (const day of ['Saturday', 'Sunday']) await dialog.getByRole('checkbox', { name: `${day} at ${time}` }).check();
  await dialog.getByRole('button', { name: 'Save queue times' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('calendar: crowded hours list their posts, open queue times are marked, the month counts posts and opens the week', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const tomorrow = londonDay(1);
  const later = londonDay(2);
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox' }).click();
  await expect(page.getByRole('navigation', { name: 'Accounts and actions' }).getByTestId('account-HorizonsNHS')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Accounts and actions' }).getByRole('button', { name: /^Schedule/ }).click();
  const schedule = page.getByTestId('schedule');

  await importPosts(page, schedule, [
    `@HorizonsNHS,${tomorrow.uk} 10:00,"Flu clinics are open all week at the main entrance, parking £2",,`,
    `@Sch4Change,${tomorrow.uk} 10:15,Join tonight's #Improve4Patients chat at 8pm,,`,
    `@sam_comms,${tomorrow.uk} 10:40,Proud of the ward 7 team today,,`,
    `@HorizonsNHS,${tomorrow.uk} 10:50,Reminder: A&E is for emergencies; NHS 111 online for everything else,,`,
    `@sam_comms,${tomorrow.uk} 15:00,Afternoon walk round the new garden,,`,
    `@HorizonsNHS,${later.uk} 09:00,Blood donors needed this weekend,,`,
  ]);
  await setDailyQueueTime(page, schedule, 'sam_comms', '13:00');

  // The week holding tomorrow (next week when today is Sunday).
  await schedule.getByRole('button', { name: 'Week', exact: true }).click();
  const week = page.getByTestId('week-calendar');
  if (londonDay(0).weekday === 'Sunday') await week.getByRole('button', { name: 'Next week' }).click();
  await expect(week.getByTestId('week-post')).not.toHaveCount(0);

  // Four posts share 10:00–11:00 tomorrow: a badge says so, and the tooltip lists each one.
  const crowdedPost = week.getByTestId('week-post').filter({ hasText: '10:15' });
  const tooltip = week.getByRole('tooltip');
  await expect(week.getByTestId('crowd-badge')).toHaveText('4');
  await expect(tooltip).toBeHidden();
  await crowdedPost.hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/10:00–11:00 · 4 posts/);
  const items = tooltip.getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items.nth(0)).toHaveText(/^10:00@HorizonsNHSFlu clinics are open all week at the main entrance, parking £2$/);
  await expect(items.nth(1)).toHaveText(/^10:15@Sch4ChangeJoin tonight's #Improve4Patients chat at 8pm$/);
  await expect(items.nth(2)).toContainText('10:40@sam_comms');
  await expect(items.nth(3)).toContainText('10:50@HorizonsNHS');
  // Each handle carries its account's colour, as the blocks do.
  const horizonsBlock = await week.getByTestId('week-post').filter({ hasText: '10:00' }).evaluate((element) => getComputedStyle(element).backgroundColor);
  await expect(items.nth(0).locator('.week-crowd__swatch')).toHaveCSS('background-color', horizonsBlock);
  // The open queue times: @sam_comms at 13:00 each day not yet passed, tomorrow's among them; none for the others.
  const slots = week.getByTestId('open-slot');
  await expect(slots.filter({ hasText: '13:00 @sam_comms' })).not.toHaveCount(0);
  await expect(slots.filter({ hasNotText: '@sam_comms' })).toHaveCount(0);
  await expect(week.getByRole('list', { name: 'Calendar key' })).toContainText('Open queue time');
  await week.locator('.week__scroll').evaluate((element) => (element.scrollTop = (8.5 / 24) * element.scrollHeight));
  await crowdedPost.hover();
  await screenshot(page, 'calendar-01-week-crowded-tooltip');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'calendar-01b-week-crowded-tooltip-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // By keyboard: focusing a post in the hour shows the same list and reads it as the post's description.
  await page.mouse.move(5, 5);
  await expect(tooltip).toBeHidden();
  await week.getByTestId('week-post').filter({ hasText: '10:40' }).focus();
  await expect(tooltip).toBeVisible();
  await expect(week.getByTestId('week-post').filter({ hasText: '10:40' })).toHaveAccessibleDescription(/10:00–11:00 · 4 posts.*10:50 @HorizonsNHS/);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  // A post alone in its hour has no crowd tooltip.
  await week.getByTestId('week-post').filter({ hasText: '15:00' }).focus();
  await expect(tooltip).toBeHidden();

  // The month: today marked; tomorrow counts posts per account, shows the first three, then "+2 more".
  await schedule.getByRole('button', { name: 'Month', exact: true }).click();
  const month = page.getByTestId('month-calendar');
  const grid = month.getByRole('grid');
  await expect(month.getByRole('heading', { level: 2 })).toContainText(londonDay(0).month);
  await expect(grid.getByRole('columnheader')).toHaveText(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  const today = grid.locator(`[data-date="${londonDay(0).key}"]`);
  await expect(today).toHaveAttribute('aria-current', 'date');
  await expect(today).toContainText('Today');
  if (tomorrow.month !== londonDay(0).month && (await grid.locator(`[data-date="${tomorrow.key}"]`).count()) === 0) {
    await month.getByRole('button', { name: 'Next month' }).click();
  }
  const day = grid.locator(`[data-date="${tomorrow.key}"]`);
  // Per account, with the initials and colour the sidebar gives each account (and its handle on hover).
  await expect(day.getByTestId('month-count')).toHaveText(['NH 2', 'SF 1', 'SP 2']);
  await expect(day.getByTestId('month-count').nth(2)).toHaveAttribute('title', '@sam_comms: 2 posts');
  await expect(month.getByRole('list', { name: 'Calendar key' })).toContainText('NH@HorizonsNHS');
  await expect(day.locator('.month-day__post')).toHaveCount(3);
  await expect(day.locator('.month-day__post').first()).toContainText('10:00 Flu clinics are open all week');
  await expect(day).toContainText('+2 more');
  await expect(day.locator('.month-day__open')).toHaveText('1 open');
  await expect(day).toHaveAttribute('aria-label', /5 posts: 2 @HorizonsNHS, 1 @Sch4Change, 2 @sam_comms, 1 open queue time/);
  await expect(grid.locator(`[data-date="${later.key}"]`).getByTestId('month-count')).toHaveText(['NH 1']);
  await screenshot(page, 'calendar-02-month');
  await expectNoAxeViolations(page);

  // Previous and next month, then back.
  const heading = await month.getByRole('heading', { level: 2 }).textContent();
  await month.getByRole('button', { name: 'Next month' }).click();
  await expect(month.getByRole('heading', { level: 2 })).not.toHaveText(heading ?? '');
  await month.getByRole('button', { name: 'Previous month' }).click();
  await expect(month.getByRole('heading', { level: 2 })).toHaveText(heading ?? '');

  // Keyboard: the focus moves day by day with the arrows; Enter opens that day's week.
  await day.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(grid.locator(`[data-date="${londonDay(0).key}"]`)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(grid.locator(`[data-date="${londonDay(8).key}"]`)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(day).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(week).toBeVisible();
  await expect(page.getByTestId('schedule-status')).toContainText(`Showing the week of ${tomorrow.weekday}`);
  await expect(week.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(week.getByTestId('crowd-badge')).toHaveText('4');

  // A click on a day opens its week too: the day after tomorrow's.
  await schedule.getByRole('button', { name: 'Month', exact: true }).click();
  await grid.locator(`[data-date="${later.key}"]`).click();
  await expect(week.getByTestId('week-post').filter({ hasText: 'Blood donors needed' })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await schedule.getByRole('button', { name: 'Month', exact: true }).click();
  await screenshot(page, 'calendar-03-month-dark');
  await page.emulateMedia({ colorScheme: 'light' });
});

test('calendar: the month the clocks go forward, Monday first, by keyboard into April and back', async ({ page }) => {
  // Only the page's clock moves (the core keeps real time): "today" is Wednesday 25 March 2026.
  await page.clock.setFixedTime(new Date('2026-03-25T12:00:00Z'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox' }).click();
  await page.getByRole('navigation', { name: 'Accounts and actions' }).getByRole('button', { name: /^Schedule/ }).click();
  await page.getByTestId('schedule').getByRole('button', { name: 'Month', exact: true }).click();
  const month = page.getByTestId('month-calendar');
  const grid = month.getByRole('grid');
  await expect(month.getByRole('heading', { level: 2 })).toContainText('March 2026');
  // 1 March 2026 is a Sunday: the grid starts on Monday 23 February and runs six weeks to Sunday 5 April.
  await expect(grid.getByRole('row')).toHaveCount(7);
  await expect(grid.getByRole('gridcell').first()).toHaveAttribute('data-date', '2026-02-23');
  await expect(grid.getByRole('gridcell').last()).toHaveAttribute('data-date', '2026-04-05');
  await expect(grid.locator('[data-date="2026-03-01"]')).toHaveAttribute('aria-label', /^Sunday,? 1 March 2026, no posts/);
  await expect(grid.locator('[data-date="2026-03-29"]')).toContainText('Clocks forward');
  await expect(grid.locator('[aria-current="date"]')).toHaveAttribute('data-date', '2026-03-25');
  await screenshot(page, 'calendar-04-month-spring-forward');
  await expectNoAxeViolations(page);

  // Arrow keys cross into the next month's grid; Page Up goes back a month, keeping the day.
  await grid.locator('[data-date="2026-03-25"]').focus();
  for (let i = 0; i < 2; i += 1) await page.keyboard.press('ArrowDown');
  await expect(grid.locator('[data-date="2026-04-08"]')).toBeFocused();
  await expect(month.getByRole('heading', { level: 2 })).toContainText('April 2026');
  await page.keyboard.press('PageUp');
  await expect(month.getByRole('heading', { level: 2 })).toContainText('March 2026');
  await expect(grid.locator('[data-date="2026-03-08"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('week-calendar').getByRole('heading', { name: /^2\s*[–-]\s*8 March 2026$/ })).toBeVisible();
});
