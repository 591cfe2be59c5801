// The composer, end to end through browser mode and the real core: a first-time user practises in
// the training sandbox, writes a two-part thread for the corporate @HorizonsNHS with a CamelCase
// hashtag fix and an image with alt text, passes the large-type confirmation (Enter alone does not
// pass it), and the thread lands in the sandbox exactly once; a second post is scheduled and shows
// in the schedule list and week calendar; the DST questions and drafts are checked on the way.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { londonIn, practiseAt, stripedPng } from './compose-inputs';
import { screenshot } from './shell-steps';

const app = useBrowserModeApp();

interface SandboxPost {
  id: string;
  text: string;
  in_reply_to_post_id: string | null;
  media_keys: string;
}

/** The posts @handle made through the API, read straight from the training sandbox's own file. */
function sandboxPosts(dataDir: string, handle: string, containing: string): SandboxPost[] {
  const db = new Database(join(dataDir, 'training-sandbox', 'sandbox.db'), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT p.id, p.text, p.in_reply_to_post_id, p.media_keys FROM posts p JOIN users u ON u.id = p.author_id
         WHERE u.username = ? AND p.source = 'api' AND p.deleted_at IS NULL AND p.conversation_id IN
           (SELECT conversation_id FROM posts WHERE text LIKE ?) ORDER BY p.id`,
      )
      .all(handle, `%${containing}%`) as SandboxPost[];
  } finally {
    db.close();
  }
}

/** The alt text the sandbox holds for a media key (what X would read out). */
function sandboxAltText(dataDir: string, mediaKey: string): string | null {
  const db = new Database(join(dataDir, 'training-sandbox', 'sandbox.db'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT alt_text FROM media WHERE media_key = ?').get(mediaKey) as { alt_text: string | null } | undefined;
    return row?.alt_text ?? null;
  } finally {
    db.close();
  }
}

const practise = (page: Page): Promise<void> => practiseAt(page, app().url);

test('compose a thread for a corporate training account, confirm it, publish it once, schedule another', async ({ page }) => {
  test.setTimeout(120_000);
  const token = `e2e${Date.now().toString(36)}`;
  const nowToken = `${token}-now`;
  await practise(page);

  await page.getByRole('button', { name: 'New post' }).click();
  const composer = page.getByTestId('composer');
  await expect(composer.getByRole('heading', { name: 'New post' })).toBeVisible();
  // Several accounts: nobody is chosen for the user.
  for (const handle of ['HorizonsNHS', 'Sch4Change', 'sam_comms']) {
    await expect(composer.getByRole('checkbox', { name: `Post as @${handle}` })).not.toBeChecked();
  }
  await screenshot(page, 'compose-01-empty');

  await composer.getByRole('checkbox', { name: 'Post as @HorizonsNHS' }).check();
  const first = composer.getByRole('textbox', { name: 'Post text' });
  await first.fill(`Join our tweet chat tonight at 8pm #improve4patients ${nowToken}`);
  await expect(composer.getByTestId('length-meter').first()).toContainText(/\d+ characters left/);

  // A thread: add a part, write it, reorder with the labelled buttons, and back.
  await composer.getByRole('button', { name: 'Add a part to the thread' }).click();
  const second = composer.getByRole('textbox', { name: 'Part 2 of 2' });
  await expect(second).toBeFocused();
  await second.fill('Q1 What one change made the biggest difference to your patients this year?');
  await composer.getByRole('button', { name: 'Move part 2 up' }).click();
  await expect(composer.getByRole('textbox', { name: 'Part 1 of 2' })).toHaveValue(/^Q1 /);
  await composer.getByRole('button', { name: 'Move part 1 down' }).click();
  await expect(composer.getByRole('textbox', { name: 'Part 1 of 2' })).toHaveValue(/^Join our tweet chat/);

  // Over the limit: said in words, and publishing is blocked.
  await second.fill('x'.repeat(290));
  await expect(composer.getByTestId('length-meter').nth(1)).toContainText('10 characters over the 280 limit');
  await expect(composer.getByTestId('compose-checks')).toContainText("Part 2 is 10 characters over X's limit of 280.");
  await screenshot(page, 'compose-02-over-limit');
  await second.fill('Q1 What one change made the biggest difference to your patients this year?');

  // An image: @HorizonsNHS requires alt text, so it blocks until described.
  await composer.getByLabel('Choose image, GIF or video for part 1').setInputFiles({ name: 'ward-round.png', mimeType: 'image/png', buffer: stripedPng() });
  const checks = composer.getByTestId('compose-checks');
  await expect(checks).toContainText('@HorizonsNHS requires alt text');
  // The thumbnail is the local file through a blob: URL, which the CSP allows for images.
  const thumbnail = composer.locator('img.media__thumb');
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
  await composer.getByTestId('compose-publish').click();
  await expect(composer.getByRole('alert').filter({ hasText: 'Fix the items marked' })).toBeVisible();
  await expect(page.getByTestId('post-confirmation')).toHaveCount(0);
  await screenshot(page, 'compose-03-checks');
  await composer.getByLabel('Alt text for ward-round.png').fill('Nurses and a patient talking at the ward desk');
  await expect(checks).not.toContainText('requires alt text');

  // The CamelCase suggestion, accepted in one click.
  await expect(checks).toContainText('screen readers read #improve4patients as one long word');
  await checks.getByRole('button', { name: 'Use #Improve4Patients' }).click();
  await expect(composer.getByRole('textbox', { name: 'Part 1 of 2' })).toHaveValue(`Join our tweet chat tonight at 8pm #Improve4Patients ${nowToken}`);
  await expect(composer.getByTestId('compose-checks')).toHaveCount(0);
  await screenshot(page, 'compose-04-thread-ready');

  // The confirmation: large handle, focus on Cancel, Enter cancels rather than posts.
  await composer.getByTestId('compose-publish').click();
  const confirmation = page.getByTestId('post-confirmation');
  await expect(confirmation.getByText('@HorizonsNHS', { exact: true })).toBeVisible();
  await expect(confirmation.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(confirmation).toContainText('And 1 more part in the thread.');
  await screenshot(page, 'compose-05-confirm');
  await page.keyboard.press('Enter');
  await expect(confirmation).toBeHidden();
  await expect(composer).toBeVisible();
  expect(sandboxPosts(app().dataDir, 'HorizonsNHS', nowToken)).toEqual([]);

  await composer.getByTestId('compose-publish').click();
  await confirmation.getByRole('button', { name: 'Post as @HorizonsNHS' }).click();
  await expect(composer).toBeHidden();
  await expect(page.getByTestId('post-outcome')).toContainText(/Posting as @HorizonsNHS…|Posted ✓ as @HorizonsNHS/);
  await screenshot(page, 'compose-06-posted');

  // In the sandbox, exactly once: the first part, and the second replying to it.
  await expect.poll(() => sandboxPosts(app().dataDir, 'HorizonsNHS', nowToken).length, { timeout: 30_000 }).toBe(2);
  const [head, reply] = sandboxPosts(app().dataDir, 'HorizonsNHS', nowToken);
  expect(head?.text).toContain(`#Improve4Patients ${nowToken}`);
  expect(reply?.text).toMatch(/^Q1 /);
  expect(reply?.in_reply_to_post_id).toBe(head?.id);
  // The image went with the first part (its alt text with it, as the sandbox's media metadata).
  const mediaKeys = JSON.parse(head?.media_keys ?? '[]') as string[];
  expect(mediaKeys).toHaveLength(1);
  expect(sandboxAltText(app().dataDir, mediaKeys[0] ?? '')).toBe('Nurses and a patient talking at the ward desk');
  expect(JSON.parse(reply?.media_keys ?? '[]')).toHaveLength(0);

  // A scheduled post, a few minutes ahead, in London time named on screen.
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(composer.getByRole('textbox', { name: 'Post text' })).toHaveValue('');
  await composer.getByRole('checkbox', { name: 'Post as @HorizonsNHS' }).check();
  await composer.getByRole('textbox', { name: 'Post text' }).fill(`Reminder: the chat starts soon ${token}-later`);
  await composer.getByRole('radio', { name: /^Schedule/ }).check();
  await expect(composer.getByText(/Times are in Europe\/London \((GMT|BST)\)/)).toBeVisible();

  // DST: a time that does not exist gets a message and a suggestion; one that happens twice asks.
  await composer.getByLabel('Date', { exact: true }).fill('28/03/2027');
  await composer.getByLabel('Time', { exact: true }).fill('01:30');
  const when = composer.getByTestId('compose-when');
  const useInstead = when.getByRole('button', { name: /^Use .+ instead$/ });
  await expect(useInstead).toBeVisible();
  await useInstead.scrollIntoViewIfNeeded();
  await screenshot(page, 'compose-07-dst-gap');
  await useInstead.click();
  await expect(composer.getByLabel('Time', { exact: true })).toHaveValue(/^0[23]:[0-5]\d$/);
  await expect(when.getByTestId('when-resolved')).toContainText('28 Mar 2027');
  await composer.getByLabel('Date', { exact: true }).fill('31/10/2027');
  await composer.getByLabel('Time', { exact: true }).fill('01:30');
  await expect(when.getByRole('radio', { name: /GMT/ })).toBeVisible();
  await when.getByRole('radio', { name: /BST/ }).check();
  await when.getByRole('radio', { name: /BST/ }).scrollIntoViewIfNeeded();
  await screenshot(page, 'compose-08-dst-twice');

  const soon = londonIn(3);
  await composer.getByLabel('Date', { exact: true }).fill(soon.date);
  await composer.getByLabel('Time', { exact: true }).fill(soon.time);
  await expect(when.getByTestId('when-resolved')).toContainText(soon.time);
  await when.getByTestId('when-resolved').scrollIntoViewIfNeeded();
  await screenshot(page, 'compose-09-schedule');
  await composer.getByTestId('compose-publish').click();
  await expect(confirmation).toContainText(`It goes out`);
  await confirmation.getByRole('button', { name: 'Schedule as @HorizonsNHS' }).click();
  await expect(page.getByTestId('compose-announcer')).toContainText(`Scheduled as @HorizonsNHS for`);

  // See it in the schedule list and the week calendar.
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  const listed = page.getByTestId('schedule-post').filter({ hasText: `${token}-later` });
  await expect(listed).toBeVisible();
  await expect(listed).toContainText(/Scheduled/i);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click();
  await expect(page.getByTestId('week-post').filter({ hasText: `${token}-later` })).toBeVisible();
  await screenshot(page, 'compose-10-in-calendar');

  // Still exactly once, well after it went out (no retry posted it again), and the scheduled one not yet.
  expect(sandboxPosts(app().dataDir, 'HorizonsNHS', nowToken)).toHaveLength(2);
  expect(sandboxPosts(app().dataDir, 'HorizonsNHS', `${token}-later`)).toHaveLength(0);
});

test('unsaved text is kept and restored on reopening; accounts can be customised', async ({ page }) => {
  await practise(page);
  await page.getByRole('button', { name: 'New post' }).click();
  const composer = page.getByTestId('composer');
  await composer.getByRole('checkbox', { name: 'Post as @Sch4Change' }).check();
  await composer.getByRole('textbox', { name: 'Post text' }).fill('Half-written thought about #schoolnurses');
  await expect(composer.getByText(/Text kept/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(composer).toBeHidden();

  await page.getByRole('button', { name: 'New post' }).click();
  await expect(composer.getByRole('textbox', { name: 'Post text' })).toHaveValue('Half-written thought about #schoolnurses');
  await expect(composer.getByRole('checkbox', { name: 'Post as @Sch4Change' })).toBeChecked();
  await expect(composer.getByText(/Your unsaved text from .* is back/)).toBeVisible();
  await expect(composer.getByTestId('length-meter')).toHaveText('240 characters left');
  await screenshot(page, 'compose-11-draft-restored');

  await composer.getByRole('checkbox', { name: 'Post as @Sch4Change' }).uncheck();
  await composer.getByRole('checkbox', { name: 'Post as @HorizonsNHS' }).check();
  await composer.getByRole('checkbox', { name: 'Post as @Sch4Change' }).check();
  await composer.getByRole('checkbox', { name: 'Customise for @Sch4Change' }).check();
  await expect(composer.getByRole('heading', { name: 'Text for @Sch4Change only' })).toBeVisible();
  await screenshot(page, 'compose-13-customise');

  // The confirmation in the dark theme: still large, still legible.
  await page.emulateMedia({ colorScheme: 'dark' });
  await composer.getByRole('textbox', { name: 'Post text' }).first().fill('For both: our school nurses #SchoolNurses');
  await composer.getByRole('textbox', { name: 'Post text' }).last().fill('For schools: meet the school nurses #SchoolNurses');
  await composer.getByTestId('compose-publish').click();
  const confirmation = page.getByTestId('post-confirmation');
  await expect(confirmation.getByRole('button', { name: 'Post as @HorizonsNHS' })).toBeVisible();
  await expect(confirmation.getByRole('button', { name: 'Post as @Sch4Change' })).toBeVisible();
  await confirmation.getByRole('button', { name: 'Post as @HorizonsNHS' }).click();
  // One account confirmed is not enough: the other still asks.
  await expect(confirmation).toContainText('✓ Confirmed @HorizonsNHS');
  await expect(composer).toBeVisible();
  await screenshot(page, 'compose-14-confirm-two-dark');
  await confirmation.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirmation).toBeHidden();

  // The core's own validation error lands next to the control it names (here: grace minutes).
  await page.emulateMedia({ colorScheme: 'light' });
  await composer.getByText('Advanced', { exact: true }).click();
  const grace = composer.getByRole('spinbutton', { name: 'Grace minutes' });
  await expect(grace).toHaveValue('15');
  await grace.fill('99999');
  await composer.getByTestId('compose-publish').click();
  await confirmation.getByRole('button', { name: 'Post as @HorizonsNHS' }).click();
  await confirmation.getByRole('button', { name: 'Post as @Sch4Change' }).click();
  await expect(confirmation).toBeHidden();
  await expect(grace).toHaveAttribute('aria-invalid', 'true');
  await expect(grace).toHaveAccessibleDescription(/10080/);
  await screenshot(page, 'compose-15-core-error');
});
