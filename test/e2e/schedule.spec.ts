// The scheduling journey of a comms officer, through browser mode and the real core: practise in
// the training sandbox, import a week's posts from a CSV file (one bad row: nothing imported until
// they accept the valid rows), see them in the list and the week calendar, move one by dragging and
// one with the keyboard, find the new times after a reload, export the calendar, set queue times.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';

const app = useBrowserModeApp();
const ZONE = 'Europe/London';
const DAY_MS = 24 * 60 * 60 * 1000;

/** 'YYYY-MM-DD' in London, `days` from now (at least a day ahead, so every row is in the future). */
function londonDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * DAY_MS),
  );
}

/** The same day as a UK spreadsheet writes it: 'DD/MM/YYYY'. */
function ukDate(days: number): string {
  const [year, month, day] = londonDate(days).split('-');
  return `${day}/${month}/${year}`;
}

/** Text as Excel's plain "CSV" saves it on a UK PC (Windows-1252): £ is A3, ’ is 92. */
function windows1252(text: string): Buffer {
  return Buffer.from(text.replaceAll('’', '\x92'), 'latin1');
}

function londonWeekday(days: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'long' }).format(new Date(Date.now() + days * DAY_MS));
}

function weekPost(page: Page, handle: string): Locator {
  return page.getByTestId('week-post').filter({ hasText: `@${handle}` });
}

async function openSchedule(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Accounts and actions' }).getByRole('button', { name: /^Schedule/ }).click();
  const schedule = page.getByTestId('schedule');
  await expect(schedule.getByRole('heading', { name: 'Schedule', level: 1 })).toBeVisible();
  // Browser mode's own engine publishes this data folder's queue, and the page says so.
  await expect(schedule.getByTestId('publisher-line')).toContainText('Published from this computer (');
  return schedule;
}

/** The week view, on the week that holds tomorrow (next week when today is Sunday). */
async function showTomorrowsWeek(page: Page, schedule: Locator): Promise<Locator> {
  await schedule.getByRole('button', { name: 'Week', exact: true }).click();
  const week = page.getByTestId('week-calendar');
  if (londonWeekday(0) === 'Sunday') await week.getByRole('button', { name: 'Next week' }).click();
  return week;
}

test('schedule: import a CSV with a bad row, move posts by drag and keyboard, export ICS, set queue times', async ({ page }) => {
  test.setTimeout(120_000);
  const tomorrow = londonDate(1);
  const dir = mkdtempSync(join(tmpdir(), 'columns-csv-'));
  const csvPath = join(dir, 'week-of-posts.csv');
  writeFileSync(
    csvPath,
    windows1252(
      [
        'account,datetime,text,media path,alt text',
        `@HorizonsNHS,${ukDate(1)} 09:00,"Flu clinics are open all week, parking £2.",,`,
        `@Sch4Change,"${ukDate(1)}, 12:30:00",Join tonight’s #Improve4Patients chat at 8pm,,`,
        `@nobody_here,${ukDate(1)} 10:00,This row names an account that is not connected,,`,
        `@sam_comms,${tomorrow}T17:00,Proud of the team today,,`,
      ].join('\r\n'),
    ),
  );

  try {
    await page.goto(app().url);
    await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox' }).click();
    await expect(page.getByRole('navigation', { name: 'Accounts and actions' }).getByTestId('account-HorizonsNHS')).toBeVisible({
      timeout: 30_000,
    });

    const schedule = await openSchedule(page);
    await expect(schedule).toContainText('Nothing scheduled');
    await screenshot(page, 'schedule-01-empty');

    // Import: the file is checked first; with a bad row nothing is imported until the user accepts.
    await schedule.getByRole('button', { name: 'Import CSV…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import posts from a CSV file' });
    await expect(importDialog.getByLabel('Example CSV file')).toContainText('account,datetime,text,media path,alt text');
    await expect(importDialog.getByLabel('Example CSV file')).toContainText('HorizonsNHS,01/12/2026 09:30,');
    // The template: the header and one row dated tomorrow, in the user's dd/mm/yyyy.
    const [template] = await Promise.all([page.waitForEvent('download'), importDialog.getByRole('link', { name: 'Download template' }).click()]);
    expect(template.suggestedFilename()).toBe('columns-import-template.csv');
    expect(readFileSync(await template.path(), 'utf8')).toBe(
      `\uFEFFaccount,datetime,text,media path,alt text\r\nHorizonsNHS,${ukDate(1)} 09:30,"Flu jabs at the clinic today, no need to book",,\r\n`,
    );
    await screenshot(page, 'schedule-02-import-format');
    await importDialog.getByLabel('CSV file', { exact: true }).setInputFiles(csvPath);
    await expect(importDialog.getByTestId('csv-summary')).toContainText('1 row has errors, so nothing has been imported. 3 rows are ready.');
    const badRow = importDialog.getByTestId('csv-report').getByRole('row').filter({ has: page.getByRole('rowheader', { name: '4' }) });
    await expect(badRow).toContainText('no connected account is @nobody_here');
    await expect(badRow).toContainText('This row names an account that is not connected');
    // The preview shows each row's text, read from Windows-1252 bytes without losing £ or ’.
    const report = importDialog.getByTestId('csv-report');
    await expect(report.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2' }) })).toContainText('Flu clinics are open all week, parking £2.');
    await expect(report.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3' }) })).toContainText('Join tonight’s #Improve4Patients chat at 8pm');
    await expect(importDialog.getByTestId('csv-read-as')).toHaveText('Read as Windows-1252 (Excel’s plain CSV), columns separated by commas.');
    await screenshot(page, 'schedule-03-import-report');
    // Nothing was scheduled by the check.
    await expect(schedule.getByTestId('schedule-post')).toHaveCount(0);

    await importDialog.getByRole('button', { name: 'Import the 3 valid rows' }).click();
    // The corporate accounts confirm what the file schedules as them (guard.spec.ts looks closer).
    const batch = page.getByTestId('batch-confirmation');
    await batch.getByRole('button', { name: 'Schedule 1 post as @HorizonsNHS', exact: true }).click();
    await batch.getByRole('button', { name: 'Schedule 1 post as @Sch4Change', exact: true }).click();
    await expect(importDialog.getByTestId('csv-summary')).toContainText('Scheduled 3 posts. 1 row was left out.');
    await screenshot(page, 'schedule-04-import-done');
    await importDialog.getByRole('button', { name: 'Done' }).click();

    // The list: grouped under tomorrow, each with its account, time, text and state.
    const posts = schedule.getByTestId('schedule-post');
    await expect(posts).toHaveCount(3);
    await expect(schedule.getByRole('heading', { name: /^Tomorrow · / })).toBeVisible();
    await expect(posts.nth(0)).toContainText('09:00');
    await expect(posts.nth(0)).toContainText('@HorizonsNHS');
    await expect(posts.nth(0)).toContainText('Flu clinics are open all week');
    await expect(posts.nth(0)).toContainText('Scheduled');
    // The audit trail, on demand.
    await posts.nth(0).getByText('History').click();
    await expect(posts.nth(0).locator('.post-history__list li')).not.toHaveCount(0);
    await screenshot(page, 'schedule-05-list');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'schedule-05b-list-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Reschedule from the list: a date and time in the user's zone.
    await posts.filter({ hasText: '@sam_comms' }).getByRole('button', { name: /^Reschedule @sam_comms/ }).click();
    const reschedule = page.getByRole('dialog', { name: 'Reschedule post' });
    // The fields read the app's locale (en-GB), not the browser's: day first, a 24-hour clock.
    const dateField = reschedule.getByLabel('Date', { exact: true });
    const timeField = reschedule.getByLabel('Time', { exact: true });
    await expect(dateField).toHaveValue(ukDate(1));
    await expect(timeField).toHaveValue('17:00');
    await expect(dateField).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await dateField.fill('03/12/2026');
    await timeField.fill('14:30');
    await expect(reschedule.getByTestId('reschedule-preview')).toHaveText('Thursday, 3 December 2026 at 14:30, Europe/London time.');
    // A day that does not exist: said beside the field, once the user leaves it.
    await dateField.fill('31/02/2026');
    await timeField.focus();
    await expect(dateField).toHaveAttribute('aria-invalid', 'true');
    await expect(reschedule.getByText('Enter a date that exists as dd/mm/yyyy, such as 03/12/2026.')).toBeVisible();
    await screenshot(page, 'schedule-05d-reschedule-invalid-date');
    await dateField.fill(ukDate(1));
    await expect(dateField).not.toHaveAttribute('aria-invalid');
    // Arrow keys step the part under the caret: the minutes here, then the day.
    await timeField.fill('18:14');
    await timeField.press('ArrowUp');
    await expect(timeField).toHaveValue('18:15');
    await dateField.focus();
    await dateField.press('Home');
    await dateField.press('ArrowUp');
    await expect(dateField).toHaveValue(ukDate(2));
    await dateField.press('ArrowDown');
    await expect(dateField).toHaveValue(ukDate(1));
    await expect(reschedule.getByTestId('reschedule-preview')).toContainText(/ at 18:15, Europe\/London time\./);
    await screenshot(page, 'schedule-05c-reschedule-dialog');
    await reschedule.getByRole('button', { name: 'Reschedule', exact: true }).click();
    await expect(reschedule).toBeHidden();
    await expect(page.getByTestId('schedule-status')).toContainText('Rescheduled to');
    await expect(posts.filter({ hasText: '@sam_comms' })).toContainText('18:15');

    // The week calendar shows the same posts as coloured blocks.
    const week = await showTomorrowsWeek(page, schedule);
    await expect(week.getByTestId('week-post')).toHaveCount(3);
    await expect(weekPost(page, 'HorizonsNHS')).toHaveAttribute('aria-label', /09:00, @HorizonsNHS/);
    await screenshot(page, 'schedule-06-week');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'schedule-06b-week-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Drag @HorizonsNHS from 09:00 down an hour: it snaps to 10:00 and the core saves it.
    const layer = await week.locator('.week__posts').boundingBox();
    const block = await weekPost(page, 'HorizonsNHS').boundingBox();
    if (!layer || !block) throw new Error('the week grid is not laid out');
    const pxPerMinute = layer.height / (24 * 60);
    const x = block.x + block.width / 2;
    const y = block.y + 4;
    // Escape during a drag puts the post back.
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 10, y + 120 * pxPerMinute, { steps: 4 });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect(page.getByTestId('schedule-status')).toContainText('Move cancelled. Still');
    await expect(weekPost(page, 'HorizonsNHS')).toHaveAttribute('aria-label', /09:00, @HorizonsNHS/);

    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 30 * pxPerMinute, { steps: 4 });
    await page.mouse.move(x, y + 60 * pxPerMinute, { steps: 4 });
    await screenshot(page, 'schedule-07-dragging');
    await page.mouse.up();
    // A corporate account's move is confirmed in large type first.
    await page.getByTestId('post-confirmation').getByRole('button', { name: 'Move as @HorizonsNHS', exact: true }).click();
    await expect(page.getByTestId('schedule-status')).toContainText('Rescheduled @HorizonsNHS to');
    await expect(weekPost(page, 'HorizonsNHS')).toHaveAttribute('aria-label', /10:00, @HorizonsNHS/);

    // The keyboard does the same: arrows move by 15 minutes, Escape cancels, Enter saves.
    const chat = weekPost(page, 'Sch4Change');
    await chat.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('schedule-status')).toContainText('Moving to');
    await expect(page.getByTestId('schedule-status')).toContainText('12:45. Enter to save, Escape to cancel.');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('schedule-status')).toContainText('Move cancelled. Still');
    await expect(chat).toHaveAttribute('aria-label', /12:30, @Sch4Change/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('schedule-status')).toContainText('13:00. Enter to save');
    await screenshot(page, 'schedule-08-keyboard-move');
    await page.keyboard.press('Enter');
    await page.getByTestId('post-confirmation').getByRole('button', { name: 'Move as @Sch4Change', exact: true }).click();
    await expect(page.getByTestId('schedule-status')).toContainText('Rescheduled @Sch4Change to');
    await expect(chat).toHaveAttribute('aria-label', /13:00, @Sch4Change/);
    await expect(chat).toBeFocused();
    await screenshot(page, 'schedule-09-week-moved');

    // After a reload the core's times are shown: list and calendar.
    await page.reload();
    const reloaded = await openSchedule(page);
    const list = reloaded.getByTestId('schedule-post');
    await expect(list).toHaveCount(3);
    await expect(list.filter({ hasText: '@HorizonsNHS' })).toContainText('10:00');
    await expect(list.filter({ hasText: '@Sch4Change' })).toContainText('13:00');
    await expect(list.filter({ hasText: '@sam_comms' })).toContainText('18:15');
    await showTomorrowsWeek(page, reloaded);
    await expect(weekPost(page, 'HorizonsNHS')).toHaveAttribute('aria-label', /10:00, @HorizonsNHS/);
    await expect(weekPost(page, 'Sch4Change')).toHaveAttribute('aria-label', /13:00, @Sch4Change/);

    // ICS export: a file download with one event per scheduled post, at the moved times (UTC).
    const downloading = page.waitForEvent('download');
    await reloaded.getByRole('button', { name: 'Export calendar (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('columns-schedule.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const tenLondon = await page.evaluate(
      ([date]) => {
        // 10:00 in London tomorrow as an ICS UTC stamp, whatever the season.
        for (const offset of [0, 1]) {
          const utc = new Date(`${date}T${String(10 - offset).padStart(2, '0')}:00:00Z`);
          const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(utc);
          if (hour === '10') return utc.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
        }
        return 'none';
      },
      [tomorrow],
    );
    expect(ics).toContain(`DTSTART:${tenLondon}`);
    expect(ics).toContain('SUMMARY:@HorizonsNHS: Flu clinics');

    // Discarding asks once more, in place; the post leaves the schedule.
    await reloaded.getByRole('button', { name: 'List', exact: true }).click();
    await list.filter({ hasText: '@sam_comms' }).getByRole('button', { name: /^Discard @sam_comms/ }).click();
    await expect(list.filter({ hasText: '@sam_comms' })).toContainText('Discard this post? It will not be published.');
    await screenshot(page, 'schedule-09b-discard-confirm');
    await list.filter({ hasText: '@sam_comms' }).getByRole('button', { name: 'Yes, discard' }).click();
    await expect(list).toHaveCount(2);
    await expect(page.getByTestId('schedule-status')).toContainText('Discarded: @sam_comms');

    // Queue times for @HorizonsNHS: 09:00 and 12:30 on weekdays, 12:30 not on Fridays.
    await reloaded.getByRole('button', { name: 'Queue times…' }).click();
    const slotsDialog = page.getByRole('dialog', { name: 'Queue times' });
    await slotsDialog.getByLabel('Account').selectOption({ label: '@HorizonsNHS' });
    await expect(slotsDialog).toContainText('No queue times yet');
    await slotsDialog.getByLabel('Add a time').fill('09:00');
    await slotsDialog.getByRole('button', { name: 'Add time' }).click();
    await slotsDialog.getByLabel('Add a time').fill('12:30');
    await slotsDialog.getByRole('button', { name: 'Add time' }).click();
    await slotsDialog.getByRole('checkbox', { name: 'Friday at 12:30' }).uncheck();
    await slotsDialog.getByRole('button', { name: 'Save queue times' }).click();
    await expect(slotsDialog.getByRole('status')).toContainText('Saved.');
    await screenshot(page, 'schedule-10-queue-times');
    await page.keyboard.press('Escape');

    await reloaded.getByRole('button', { name: 'Queue times…' }).click();
    await slotsDialog.getByLabel('Account').selectOption({ label: '@HorizonsNHS' });
    await expect(slotsDialog.getByRole('checkbox', { name: 'Monday at 09:00' })).toBeChecked();
    await expect(slotsDialog.getByRole('checkbox', { name: 'Friday at 09:00' })).toBeChecked();
    await expect(slotsDialog.getByRole('checkbox', { name: 'Thursday at 12:30' })).toBeChecked();
    await expect(slotsDialog.getByRole('checkbox', { name: 'Friday at 12:30' })).not.toBeChecked();
    await expect(slotsDialog.getByRole('checkbox', { name: 'Saturday at 09:00' })).not.toBeChecked();
    await page.keyboard.press('Escape');

    // "Add to queue" says which slot each account's post takes before anything is confirmed.
    await page.getByRole('button', { name: 'New post' }).click();
    const composer = page.getByTestId('composer');
    await composer.getByRole('checkbox', { name: 'Post as @HorizonsNHS' }).check();
    await composer.getByRole('checkbox', { name: 'Post as @Sch4Change' }).check();
    await composer.getByRole('textbox', { name: 'Post text' }).fill('Into the queue: flu clinic reminder');
    await composer.getByRole('radio', { name: /^Add to queue/ }).check();
    const slotPreview = composer.getByTestId('queue-preview');
    await expect(slotPreview).toHaveText(
      /^Goes out @HorizonsNHS: (Mon|Tue|Wed|Thu|Fri) \d\d\/\d\d (09:00|12:30), @Sch4Change: no free queue time \(set them in Schedule → Queue times…\)\.$/,
    );
    await slotPreview.scrollIntoViewIfNeeded();
    await screenshot(page, 'schedule-11-queue-preview');
    await composer.getByRole('checkbox', { name: 'Post as @Sch4Change' }).uncheck();
    await expect(slotPreview).toHaveText(/^Goes out @HorizonsNHS: \w{3} \d\d\/\d\d \d\d:\d\d\.$/);
    const slotTime = /(\d\d:\d\d)\.$/.exec((await slotPreview.textContent()) ?? '')?.[1] ?? 'none';
    await composer.getByTestId('compose-publish').click();
    await page.getByTestId('post-confirmation').getByRole('button', { name: 'Queue as @HorizonsNHS' }).click();
    await expect(page.getByTestId('compose-announcer')).toContainText(`Added to the queue as @HorizonsNHS: first goes out`);
    await expect(page.getByTestId('compose-announcer')).toContainText(slotTime);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('schedule: the weeks the clocks change render by London wall time', async ({ page }) => {
  // Only the page's clock moves (the core keeps real time): the calendar opens on the spring-forward week.
  await page.clock.setFixedTime(new Date('2026-03-25T12:00:00Z'));
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox' }).click();
  const schedule = await openSchedule(page);
  await schedule.getByRole('button', { name: 'Week', exact: true }).click();
  const week = page.getByTestId('week-calendar');
  await expect(week.getByRole('heading', { name: /^23\s*[–-]\s*29 March 2026$/ })).toBeVisible();
  const head = week.locator('.week__head');
  await expect(head).toContainText('GMT → BST');
  await expect(head.locator('.week__day-head').nth(6)).toContainText('Sun 29 MarClocks forward');
  // The skipped hour is 01:00–02:00 on Sunday, and only there.
  const skipped = week.locator('.week__dst--forward');
  await expect(skipped).toHaveCount(1);
  await expect(skipped).toHaveAttribute('title', '01:00–02:00 does not happen today: clocks go forward');
  const sunday = await week.locator('.week__column').nth(6).boundingBox();
  const band = await skipped.boundingBox();
  if (!sunday || !band) throw new Error('the week grid is not laid out');
  const hourPx = sunday.height / 24;
  expect(band.y - sunday.y).toBeCloseTo(hourPx, 0);
  expect(band.height).toBeCloseTo(hourPx, 0);
  await week.locator('.week__scroll').evaluate((element) => (element.scrollTop = 0));
  await screenshot(page, 'schedule-11-spring-forward-week');

  for (let i = 0; i < 30; i += 1) await week.getByRole('button', { name: 'Next week' }).click();
  await expect(week.getByRole('heading', { name: /^19\s*[–-]\s*25 October 2026$/ })).toBeVisible();
  await expect(head).toContainText('BST → GMT');
  await expect(head.locator('.week__day-head').nth(6)).toContainText('Sun 25 OctClocks back');
  await expect(week.locator('.week__dst--back')).toHaveAttribute('title', '01:00–02:00 happens twice today: clocks go back');
  await week.locator('.week__scroll').evaluate((element) => (element.scrollTop = 0));
  await screenshot(page, 'schedule-12-fall-back-week');
});

/** Calls the core over the page's own bridge connection details (seeding what the UI cannot make on demand). */
async function callCore<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const token = sessionStorage.getItem('columns.bridgeToken') ?? '';
      const ws = new WebSocket(`${location.origin.replace('http', 'ws')}/bridge?token=${encodeURIComponent(token)}`);
      await new Promise((resolve, reject) => {
        ws.onopen = resolve;
        ws.onerror = reject;
      });
      const answer = await new Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>((resolve) => {
        ws.onmessage = (message) => {
          const frame = JSON.parse(String(message.data)) as { type: string; id: number; result: never };
          if (frame.type === 'result' && frame.id === 1) resolve(frame.result);
        };
        ws.send(JSON.stringify({ id: 1, method: name, input: body }));
      });
      ws.close();
      if (!answer.ok) throw new Error(answer.error?.message ?? 'failed');
      return answer.value;
    },
    [method, input] as const,
  ) as Promise<T>;
}

test('schedule: a failed post shows its reason and a badge until the user decides', async ({ page }) => {
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox' }).click();
  await expect(page.getByRole('navigation', { name: 'Accounts and actions' }).getByTestId('account-HorizonsNHS')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page).toHaveTitle('Columns');
  const accounts = await callCore<{ id: string; handle: string }[]>(page, 'accounts.list', {});
  const horizons = accounts.find((account) => account.handle === 'HorizonsNHS');
  if (!horizons) throw new Error('no @HorizonsNHS');
  // The training sandbox follows X's pay-per-use plan, which refuses quote posts: this one fails for good.
  await callCore(page, 'queue.create', {
    posts: [{ accountId: horizons.id, parts: [{ text: 'Quoting our latest update' }] }],
    quoteOfId: '1234567890',
    when: { kind: 'now' },
    confirmedAccountIds: [horizons.id],
  });

  const nav = page.getByRole('navigation', { name: 'Accounts and actions' });
  await expect(nav.getByTestId('attention-badge')).toHaveText('1 post needs you', { timeout: 30_000 });
  await expect(page).toHaveTitle('(1) Columns');
  const schedule = await openSchedule(page);
  const failed = schedule.getByTestId('schedule-attention').getByRole('region', { name: /^Failed/ });
  await expect(failed.getByTestId('schedule-post')).toHaveCount(1);
  await expect(failed).toContainText('@HorizonsNHS');
  await expect(failed).toContainText('Why:');
  await expect(failed.getByRole('button', { name: /^Retry/ })).toBeVisible();
  await failed.getByText('History').click();
  await expect(failed.locator('.post-history__list')).toContainText('Failed');
  await screenshot(page, 'schedule-13-failed');

  await failed.getByRole('button', { name: /^Discard/ }).click();
  await failed.getByRole('button', { name: 'Yes, discard' }).click();
  await expect(schedule.getByTestId('schedule-attention')).toBeHidden();
  await expect(nav.getByTestId('attention-badge')).toBeHidden();
  await expect(page).toHaveTitle('Columns');
});

/** London's next clock change of a kind, as 'YYYY-MM-DD' (the Sunday), searched day by day from tomorrow. */
function nextClockChange(kind: 'forward' | 'back'): string {
  const offset = (iso: string): string =>
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'shortOffset' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  for (let day = 1; day < 400; day += 1) {
    const date = londonDate(day);
    const before = offset(`${londonDate(day - 1)}T12:00:00Z`);
    const after = offset(`${date}T12:00:00Z`);
    if (before !== after && (after === 'GMT+1') === (kind === 'forward')) return date;
  }
  throw new Error(`no ${kind} change within a year`);
}

/** Whole weeks from this week's Monday to the Monday of `date` (both in London). */
function weeksUntil(date: string): number {
  const mondayOf = (ymd: string): number => {
    const utc = Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10)));
    return utc - ((new Date(utc).getUTCDay() + 6) % 7) * DAY_MS;
  };
  return Math.round((mondayOf(date) - mondayOf(londonDate(0))) / (7 * DAY_MS));
}

test('schedule: moving a post onto a time the clocks skip or repeat asks the user', async ({ page }) => {
  const forward = nextClockChange('forward');
  const back = nextClockChange('back');
  const dir = mkdtempSync(join(tmpdir(), 'columns-csv-'));
  const csvPath = join(dir, 'clock-changes.csv');
  writeFileSync(
    csvPath,
    ['account,datetime,text', `@HorizonsNHS,${forward} 00:30,Before the clocks go forward`, `@Sch4Change,${back} 00:30,Before the clocks go back`].join('\n'),
  );
  try {
    await page.goto(app().url);
    await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox' }).click();
    const schedule = await openSchedule(page);
    await schedule.getByRole('button', { name: 'Import CSV…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import posts from a CSV file' });
    await importDialog.getByLabel('CSV file', { exact: true }).setInputFiles(csvPath);
    // Both are corporate: each confirms, once, the post the file schedules as it.
    const batch = page.getByTestId('batch-confirmation');
    await batch.getByRole('button', { name: 'Schedule 1 post as @HorizonsNHS', exact: true }).click();
    await batch.getByRole('button', { name: 'Schedule 1 post as @Sch4Change', exact: true }).click();
    await expect(importDialog.getByTestId('csv-summary')).toContainText('Scheduled 2 posts.');
    await importDialog.getByRole('button', { name: 'Done' }).click();

    await schedule.getByRole('button', { name: 'Week', exact: true }).click();
    const week = page.getByTestId('week-calendar');
    const status = page.getByTestId('schedule-status');
    const reschedule = page.getByRole('dialog', { name: 'Reschedule post' });

    // Spring forward: 01:30 does not exist; Columns offers the first time after the gap.
    for (let i = 0; i < weeksUntil(forward); i += 1) await week.getByRole('button', { name: 'Next week' }).click();
    const early = weekPost(page, 'HorizonsNHS');
    await expect(early).toHaveAttribute('aria-label', /00:30, @HorizonsNHS/);
    await early.focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
    await expect(status).toContainText('01:30. Enter to save');
    await page.keyboard.press('Enter');
    await expect(reschedule.getByRole('alert')).toContainText('does not exist in Europe/London');
    await expect(reschedule.getByRole('button', { name: /^Use 02:00 BST/ })).toBeFocused();
    await screenshot(page, 'schedule-14-nonexistent-time');
    await page.keyboard.press('Enter');
    // A corporate account's post moves only once it is confirmed in large type, naming the new time.
    const check = page.getByRole('dialog', { name: 'Check the account' });
    await expect(check).toContainText('New time: 02:00 BST (UTC+1).');
    await check.getByRole('button', { name: 'Move as @HorizonsNHS', exact: true }).click();
    await expect(reschedule).toBeHidden();
    await expect(status).toContainText('Rescheduled to');
    await expect(early).toHaveAttribute('aria-label', /02:00, @HorizonsNHS/);

    // Fall back: 01:30 happens twice; the user picks the second (GMT) one.
    await week.getByRole('button', { name: 'This week' }).click();
    for (let i = 0; i < weeksUntil(back); i += 1) await week.getByRole('button', { name: 'Next week' }).click();
    const late = weekPost(page, 'Sch4Change');
    await late.focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(reschedule.getByRole('alert')).toContainText('happens twice');
    await screenshot(page, 'schedule-15-ambiguous-time');
    await reschedule.getByRole('button', { name: /GMT/ }).click();
    await check.getByRole('button', { name: 'Move as @Sch4Change', exact: true }).click();
    await expect(reschedule).toBeHidden();
    await expect(status).toContainText(/Rescheduled to .*GMT/);
    await expect(late).toHaveAttribute('aria-label', /01:30, @Sch4Change/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
