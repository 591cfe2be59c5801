// Tweet chat mode through browser mode and the real core, with core and training sandbox running
// 20× faster (COLUMNS_CLOCK_SPEED): plan a chat in the set-up form (errors beside their fields,
// save as template, the corporate confirmation), then practise a whole simulated ten-minute chat with 3
// questions: the questions go out on time from @HorizonsNHS, answers land under the right question,
// a spam reply is hidden from the moderation lane (and the sandbox has it hidden), and both
// transcripts hold every chat post exactly once. axe checks every chat screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';
import { expectNoAxeViolations } from './axe';

const SPEED = 20;
const app = useBrowserModeApp({ env: { COLUMNS_CLOCK_SPEED: String(SPEED) } });
const HASHTAG = '#Improve4Patients';

test.use({ viewport: { width: 1440, height: 900 } });

/** Wall-clock date (as en-GB writes it, DD/MM/YYYY) and time in London, `days` from now (the browser runs in Europe/London too). */
function londonIn(days: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.now() + days * 86_400_000));
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '';
  return { date: `${get('day')}/${get('month')}/${get('year')}`, time: '19:00' };
}

interface SandboxPost {
  id: string;
  text: string;
  hidden: number;
  username: string;
}

function sandbox<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'training-sandbox', 'sandbox.db'), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

function sandboxPost(dataDir: string, id: string): SandboxPost | undefined {
  return sandbox(dataDir, (db) => db.prepare('SELECT p.id, p.text, p.hidden, u.username FROM posts p JOIN users u ON u.id = p.author_id WHERE p.id = ?').get(id) as SandboxPost | undefined);
}

/** "sent 19:03:12 (4 s late)" → 4 (s); "on time" → 0. */
function secondsLate(status: string): number {
  if (/on time/.test(status)) return 0;
  const seconds = /\((\d+) s late\)/.exec(status);
  if (seconds?.[1]) return Number(seconds[1]);
  const minutes = /\((\d+) min late\)/.exec(status);
  if (minutes?.[1]) return Number(minutes[1]) * 60;
  throw new Error(`not a sent status: ${status}`);
}

function question(room: Locator, n: number): Locator {
  return room.getByTestId(`question-q${n}`);
}

/** One CSV record per line (no field in our transcripts spans lines except quoted text: parsed properly). */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  // The transcript guards cells a spreadsheet would run as formulas ("@handle") with an apostrophe.
  return rows.map((cells) => cells.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, '')));
}

function counts(ids: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const id of ids) map.set(id, (map.get(id) ?? 0) + 1);
  return map;
}

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('plan a chat, then host a practice chat at 20×: questions on time, answers grouped, spam hidden, transcript complete', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByTestId('account-HorizonsNHS')).toBeVisible({ timeout: 30_000 });

  // The Chats view sits next to Columns and Schedule.
  await page.getByRole('button', { name: 'Chats', exact: true }).click();
  const chats = page.getByTestId('chats');
  await expect(chats.getByRole('heading', { name: 'Tweet chats' })).toBeVisible();
  await expect(chats.getByText('No chats yet.')).toBeVisible();
  await screenshot(page, 'chat-01-list-empty');
  await expectNoAxeViolations(page);

  // --- Set-up: every problem beside its field, before anything is sent ---------------------------
  await chats.getByRole('button', { name: 'New chat', exact: true }).click();
  const form = page.getByTestId('chat-form');
  await expect(form.getByRole('heading', { name: 'New tweet chat' })).toBeVisible();
  await form.getByLabel('Hashtag', { exact: true }).fill('#no spaces');
  await form.getByLabel('Co-hosts', { exact: true }).fill('@nurse_jo, not a handle!');
  await form.getByRole('textbox', { name: 'Question 1', exact: true }).fill('What matters most to your patients?');
  await form.getByRole('spinbutton', { name: 'Q2 minutes after the start' }).fill('3');
  await form.getByRole('button', { name: /^Schedule/ }).click();
  await expect(form.getByText(/Check the \d+ fields marked below/)).toBeVisible();
  await expect(form.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Must be a hashtag such as #Improve4Patients (letters, digits, _).')).toBeVisible();
  await expect(form.getByText('Each must be a handle such as @NHSEngland.')).toBeVisible();
  await expect(form.getByText('Q2 must come after Q1.')).toBeVisible();
  await screenshot(page, 'chat-02-form-errors');
  await expectNoAxeViolations(page);

  // A valid plan: each post shows how it goes out (Qn and the hashtag added) and its length.
  await form.getByLabel('Name', { exact: true }).fill('Discharge that works');
  await form.getByLabel('Hashtag', { exact: true }).fill('DischargeChat');
  await form.getByLabel('Co-hosts', { exact: true }).fill('@nurse_jo');
  await form.getByLabel('Guests', { exact: true }).fill('@dr_amir');
  const start = londonIn(2);
  await form.getByLabel('Start date', { exact: true }).fill(start.date);
  await form.getByLabel('Start time', { exact: true }).fill(start.time);
  await form.getByLabel('Duration (minutes)', { exact: true }).fill('60');
  await form.getByRole('radio', { name: 'Host as @HorizonsNHS' }).check();
  await form.getByRole('spinbutton', { name: 'Q2 minutes after the start' }).fill('20');
  await form.getByRole('textbox', { name: 'Question 2', exact: true }).fill('Who should be in the room when discharge is planned?');
  await form.getByRole('textbox', { name: 'Question 3', exact: true }).fill('One change you will make next week?');
  await expect(form.getByText('Goes out as: Q1 What matters most to your patients? #DischargeChat')).toBeVisible();
  await expect(form.getByText('Q2 must come after Q1.')).toHaveCount(0);
  await expect(form.getByText('Required.')).toHaveCount(0);
  // Reorder Q3 up: the text moves, the timetable stays.
  await form.getByRole('button', { name: 'Move question 3 up' }).click();
  await expect(form.getByRole('textbox', { name: 'Question 2', exact: true })).toHaveValue('One change you will make next week?');
  await expect(form.getByRole('spinbutton', { name: 'Q2 minutes after the start' })).toHaveValue('20');
  await form.getByRole('button', { name: 'Move question 2 down' }).click();
  await expect(form.getByRole('textbox', { name: 'Question 3', exact: true })).toHaveValue('One change you will make next week?');
  await expect(form.getByTestId('length-meter').first()).toContainText(/\d+ characters left/);
  await expect(form.getByTestId('chat-start-resolved')).toContainText('Starts');
  await expect(form.getByText('Counting…')).toHaveCount(0);
  await screenshot(page, 'chat-03-form-valid');
  await expectNoAxeViolations(page);

  await form.getByRole('button', { name: 'Save as template', exact: true }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Saved the template “Discharge that works”' })).toBeVisible();

  // Scheduling from the corporate @HorizonsNHS asks first, in large type, naming the account.
  await form.getByRole('button', { name: 'Schedule as @HorizonsNHS', exact: true }).click();
  const confirmation = page.getByTestId('post-confirmation');
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toContainText('@HorizonsNHS');
  await expect(confirmation.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
  await screenshot(page, 'chat-04-confirm');
  await expectNoAxeViolations(page);
  await confirmation.getByRole('button', { name: 'Schedule the chat as @HorizonsNHS', exact: true }).click();
  const room = page.getByTestId('chat-room');
  await expect(room.getByTestId('chat-state')).toHaveText('Scheduled', { timeout: 15_000 });
  await expect(question(room, 1).getByTestId('question-status')).toContainText('scheduled for 19:');
  await expect(room.getByText('Co-hosts', { exact: true })).toBeVisible();
  await screenshot(page, 'chat-05-planned');
  await expectNoAxeViolations(page);

  // Back in the list: it is upcoming, and the template can be used again.
  await room.getByRole('button', { name: '← All chats' }).click();
  await expect(chats.getByRole('button', { name: /Open Discharge that works \(#DischargeChat\), Scheduled/ })).toBeVisible();
  await expect(chats.getByRole('button', { name: 'Use the template Discharge that works' })).toBeVisible();
  await screenshot(page, 'chat-05b-list');
  await expectNoAxeViolations(page);

  // --- Practice: a whole simulated chat on the training corporate account ------------------------
  await chats.getByRole('button', { name: 'Practise a tweet chat', exact: true }).click();
  await expect(room.getByRole('heading', { name: /Practice chat/ })).toBeVisible({ timeout: 15_000 });
  await expect(room.getByTestId('chat-progress')).toBeVisible();
  await expect(room.getByTestId('chat-budget')).toContainText('Search budget');
  await screenshot(page, 'chat-06-practice-scheduled');

  // While the host reads further down the stream, arrivals wait behind "N new" and nothing moves.
  await expect(question(room, 1).getByTestId('question-status')).toContainText(/^sent /, { timeout: 90_000 });
  const stream = room.getByTestId('chat-stream');
  await expect(stream.locator('article').nth(3)).toBeVisible({ timeout: 60_000 });
  const scroller = stream.locator('.chat-pane__scroll');
  // Compact cards: wait until the stream is long enough to read 400 px down.
  await expect.poll(() => scroller.evaluate((element) => element.scrollHeight - element.clientHeight), { timeout: 60_000 }).toBeGreaterThan(400);
  await scroller.evaluate((element) => element.scrollTo({ top: 400 }));
  const reading = stream.locator('article').nth(2);
  const readingId = await reading.getAttribute('data-item-id');
  const before = (await stream.locator(`article[data-item-id="${readingId ?? ''}"]`).boundingBox())?.y;
  const bar = stream.getByTestId('chat-new-bar');
  await expect(bar).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveText(/^\d+ new posts? — show$/);
  expect((await stream.locator(`article[data-item-id="${readingId ?? ''}"]`).boundingBox())?.y).toBeCloseTo(before ?? -1, 0);
  await screenshot(page, 'chat-07-new-bar');
  await bar.click();
  await expect(bar).toBeHidden();
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBe(0);

  // The questions go out from @HorizonsNHS, each within the 2-minute grace (by the chat's clock).
  const lateness: number[] = [];
  for (const n of [1, 2, 3]) {
    const status = question(room, n).getByTestId('question-status');
    await expect(status).toContainText(/^sent /, { timeout: 90_000 });
    await expect(status).not.toContainText('due', { timeout: 20_000 });
    const text = (await status.textContent()) ?? '';
    const late = secondsLate(text);
    lateness.push(late);
    expect(late, `Q${n}: ${text}`).toBeLessThanOrEqual(120);
    if (n === 1) {
      await expect(room.getByTestId('chat-state')).toHaveText('Live');
      await expect(room.getByTestId('chat-progress')).toContainText(/Q[12] of 3 out · Q[23] at \d\d:\d\d|All 3 questions out/);
    }
  }
  console.log(`questions sent late by (chat-clock seconds): ${lateness.map((late, i) => `Q${i + 1} ${late} s`).join(', ')}`);

  // Answers arrive under their question: "An" in the text or a reply in Qn's thread.
  await expect(question(room, 1).locator('[data-kind="answer"]').first()).toBeVisible({ timeout: 60_000 });
  await screenshot(page, 'chat-08-live');
  await expectNoAxeViolations(page);

  // A spam post waits in the moderation lane: hide the reply, then mark it handled.
  const lane = room.getByTestId('moderation-lane');
  const candidate = lane.locator('li[data-entry-id]').filter({ hasText: /Possible spam/ }).filter({ has: page.locator('button[data-action="hide"]:not([aria-disabled])') }).first();
  await expect(candidate).toBeVisible({ timeout: 90_000 });
  const spamId = (await candidate.getAttribute('data-entry-id')) ?? '';
  const flagged = lane.locator(`li[data-entry-id="${spamId}"]`);
  await screenshot(page, 'chat-09-moderation');
  await flagged.getByRole('button', { name: 'Hide reply as @HorizonsNHS', exact: true }).click();
  await expect(flagged.getByRole('status')).toContainText('Reply hidden as @HorizonsNHS');
  await expect.poll(() => sandboxPost(app().dataDir, spamId)?.hidden).toBe(1);
  await screenshot(page, 'chat-10-hidden');
  // A hidden post is settled: core drops it from the lane at the feed's next read (practice-chat.test
  // asserts that), which at 20× can come before the moderator marks it handled. Either way it must
  // leave the lane; marking it handled, by keyboard, is what a moderator does while it is still there.
  const stillWaiting = lane.locator(`li[data-entry-id="${spamId}"]`);
  await expect(async () => {
    const handled = stillWaiting.getByRole('button', { name: /^Mark handled/ });
    if ((await handled.count()) > 0) {
      await handled.focus();
      await page.keyboard.press('Enter');
    }
    await expect(stillWaiting).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  // Quick post from the chat view: the hashtag is added once and counted.
  const box = room.getByRole('textbox', { name: 'Post text (the hashtag is added)' });
  await box.fill('Great answers so far, keep them coming');
  await expect(room.getByText(`Goes out as: Great answers so far, keep them coming ${HASHTAG}`, { exact: true })).toBeVisible();
  await box.fill(`Lovely to see so many of you here ${HASHTAG.toLowerCase()}`);
  // Already there in another case: not added twice.
  await expect(room.getByText(`Goes out as: Lovely to see so many of you here ${HASHTAG.toLowerCase()}`, { exact: true })).toBeVisible();
  await room.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(confirmation).toBeVisible();
  await confirmation.getByRole('button', { name: 'Post as @HorizonsNHS', exact: true }).click();
  await expect(room.getByText('Posted as @HorizonsNHS.')).toBeVisible({ timeout: 30_000 });

  // The chat ends (closing post, then 15 minutes of stragglers by the chat's clock).
  await expect(room.getByTestId('chat-state')).toHaveText('Ended', { timeout: 120_000 });
  const report = room.getByTestId('chat-report');
  await expect(report.getByRole('table', { name: 'Per question' })).toBeVisible();

  // Grouping: every answer under Qn says An or replies within Qn's thread, never another number.
  for (const n of [1, 2, 3]) {
    const card = question(room, n);
    const show = card.getByRole('button', { name: /^Show all/ });
    if ((await show.count()) > 0) await show.click();
    const answers = await card.locator('li[data-kind="answer"] .item__text').allTextContents();
    expect(answers.length, `answers to Q${n}`).toBeGreaterThan(0);
    for (const text of answers) {
      const numbers = [...text.matchAll(/\bA(\d+)\b/g)].map((match) => Number(match[1]));
      expect(numbers.every((number) => number === n), `under Q${n}: ${text}`).toBe(true);
    }
  }
  await screenshot(page, 'chat-11-ended');
  await expectNoAxeViolations(page);

  // The public transcript leaves out the hidden spam, and the report says so.
  const publicCsv = await download(page, report.getByRole('button', { name: 'Export CSV', exact: true }));
  expect(publicCsv.text).not.toContain(spamId);
  await expect(report.getByTestId('chat-report-left-out')).toContainText(/posts? left out: .*\b1 hidden\b/);

  // Transcripts with moderated posts included (marked): every chat post exactly once (CSV rows;
  // HTML's "every post in order" list).
  await report.getByRole('checkbox', { name: 'Include moderated posts (marked)' }).check();
  await expect(report.getByTestId('chat-report-left-out')).toContainText('included and marked');
  const csv = await download(page, report.getByRole('button', { name: 'Export CSV', exact: true }));
  const html = await download(page, report.getByRole('button', { name: 'Export HTML', exact: true }));
  expect(csv.name).toMatch(/\.csv$/);
  expect(html.name).toMatch(/\.html?$/);
  const [header, ...rows] = csvRows(csv.text);
  const idColumn = header?.indexOf('post_id') ?? -1;
  expect(idColumn).toBeGreaterThanOrEqual(0);
  const csvIds = rows.map((row) => row[idColumn] ?? '');
  const inOrder = html.text.split('<section id="in-order">')[1] ?? '';
  const htmlIds = [...inOrder.matchAll(/data-post-id="(\d+)"/g)].map((match) => match[1] ?? '');
  for (const [name, ids] of [
    ['CSV', csvIds],
    ['HTML', htmlIds],
  ] as const) {
    const duplicated = [...counts(ids)].filter(([, count]) => count > 1);
    expect(duplicated, `${name} duplicates`).toEqual([]);
  }
  expect(new Set(htmlIds)).toEqual(new Set(csvIds));
  expect(csvIds).toContain(spamId);
  expect(rows.find((row) => row[idColumn] === spamId)?.[header?.indexOf('moderation_state') ?? -1]).toBe('hidden');
  expect(html.text).toContain(`<li data-post-id="${spamId}" data-left-out="hidden">`);

  // Every post of the chat in the sandbox (the hashtag, from the welcome to the closing) is in it.
  const hostPosts = rows.filter((row) => row[header?.indexOf('author_handle') ?? -1] === 'HorizonsNHS');
  expect(hostPosts.map((row) => row[header?.indexOf('kind') ?? -1])).toEqual(expect.arrayContaining(['welcome', 'question', 'question', 'question', 'closing']));
  const created = header?.indexOf('created_at_utc') ?? -1;
  const first = rows[0]?.[created] ?? '';
  const closing = hostPosts.find((row) => row[header?.indexOf('kind') ?? -1] === 'closing')?.[created] ?? '';
  const inSandbox = sandbox(app().dataDir, (db) =>
    (db.prepare('SELECT id FROM posts WHERE text LIKE ? AND created_at >= ? AND created_at <= ? AND deleted_at IS NULL').all(`%${HASHTAG}%`, first, closing) as { id: string }[]).map((row) => row.id),
  );
  expect(inSandbox.length).toBeGreaterThan(10);
  expect(inSandbox.filter((id) => !csvIds.includes(id))).toEqual([]);
  console.log(`transcript: ${csvIds.length} posts (CSV and HTML), ${inSandbox.length} hashtag posts in the sandbox between welcome and closing; spam ${spamId} hidden`);
});
