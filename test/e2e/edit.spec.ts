// Editing what has not gone out, end to end through browser mode and the real core on the training
// sandbox: a scheduled post is edited from the schedule list and keeps its id (text and time
// changed); the reply composer shows the post answered with the cursor in the text box, and Esc
// returns to the card; what is typed survives a reload and a new launch of the engine, its image
// with its thumbnail; a post saved as a draft is listed in Schedule › Drafts and offered by the composer.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { londonIn, practiseAt, stripedPng } from './compose-inputs';
import { screenshot } from './shell-steps';
import { expectNoAxeViolations } from './axe';

const app = useBrowserModeApp();
test.use({ viewport: { width: 1440, height: 900 } });

interface QueueRow {
  id: string;
  state: string;
  due_at: string | null;
}

/** The app's own queue rows holding `containing`, read from its SQLite file. */
function queueRows(containing: string): QueueRow[] {
  const db = new Database(join(app().dataDir, 'columns.db'), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT DISTINCT p.id, p.state, p.due_at FROM posts p JOIN post_parts t ON t.post_id = p.id WHERE t.text LIKE ? ORDER BY p.seq')
      .all(`%${containing}%`) as QueueRow[];
  } finally {
    db.close();
  }
}

function transitions(postId: string): string[] {
  const db = new Database(join(app().dataDir, 'columns.db'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT from_state, to_state, reason FROM post_transitions WHERE post_id = ? ORDER BY id').all(postId) as { from_state: string | null; to_state: string; reason: string }[]).map(
      (row) => `${row.from_state ?? '-'}>${row.to_state}:${row.reason}`,
    );
  } finally {
    db.close();
  }
}

const practise = (page: Page): Promise<void> => practiseAt(page, app().url);

test('a scheduled post is edited from the schedule list: new text and time, the same id', async ({ page }) => {
  test.setTimeout(90_000);
  const token = `edit${Date.now().toString(36)}`;
  await practise(page);
  await page.getByRole('button', { name: 'New post' }).click();
  const composer = page.getByTestId('composer');
  await composer.getByRole('checkbox', { name: 'Post as @HorizonsNHS' }).check();
  await composer.getByRole('textbox', { name: 'Post text' }).fill(`Flu clinic on Friday ${token}`);
  await composer.getByRole('button', { name: 'Add a part to the thread' }).click();
  await composer.getByRole('textbox', { name: 'Part 2 of 2' }).fill(`Walk-ins welcome ${token}`);
  await composer.getByRole('radio', { name: /^Schedule/ }).check();
  const first = londonIn(120);
  await composer.getByLabel('Date', { exact: true }).fill(first.date);
  await composer.getByLabel('Time', { exact: true }).fill(first.time);
  await expect(composer.getByTestId('when-resolved')).toContainText(first.time);
  await composer.getByTestId('compose-publish').click();
  const confirmation = page.getByTestId('post-confirmation');
  await confirmation.getByRole('button', { name: 'Schedule as @HorizonsNHS' }).click();
  await expect(composer).toBeHidden();
  const [created] = queueRows(token);
  expect(created).toMatchObject({ state: 'scheduled' });

  // The list shows each part of the thread.
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  const listed = page.getByTestId('schedule-post').filter({ hasText: token });
  await expect(listed.getByTestId('schedule-post-parts')).toContainText(`1/2Flu clinic on Friday ${token}`);
  await expect(listed.getByTestId('schedule-post-parts')).toContainText(`2/2Walk-ins welcome ${token}`);
  await screenshot(page, 'edit-01-schedule-list-parts');
  await expectNoAxeViolations(page);

  await listed.getByRole('button', { name: /^Edit @HorizonsNHS at / }).click();
  await expect(composer.getByRole('heading', { name: 'Edit scheduled thread' })).toBeVisible();
  await expect(composer.getByRole('textbox', { name: 'Part 1 of 2' })).toHaveValue(`Flu clinic on Friday ${token}`);
  await expect(composer.getByRole('textbox', { name: 'Part 1 of 2' })).toBeFocused();
  await expect(composer.getByRole('textbox', { name: 'Part 2 of 2' })).toHaveValue(`Walk-ins welcome ${token}`);
  await expect(composer.getByRole('radio', { name: /^Keep its time: / })).toBeChecked();
  await expect(composer).toContainText('Posting as @HorizonsNHS');
  await screenshot(page, 'edit-02-composer-editing');
  await expectNoAxeViolations(page);

  await composer.getByRole('textbox', { name: 'Part 1 of 2' }).fill(`Flu clinic on Saturday ${token}`);
  await composer.getByRole('radio', { name: /^Change the time/ }).check();
  const later = londonIn(180);
  await composer.getByLabel('Date', { exact: true }).fill(later.date);
  await composer.getByLabel('Time', { exact: true }).fill(later.time);
  await expect(composer.getByTestId('when-resolved')).toContainText(later.time);
  await composer.getByTestId('compose-publish').click();
  // The corporate confirmation guards an edit as it guards a new post.
  await expect(confirmation).toContainText('It goes out');
  await screenshot(page, 'edit-03-edit-confirmation');
  await confirmation.getByRole('button', { name: 'Save changes as @HorizonsNHS' }).click();
  await expect(composer).toBeHidden();
  await expect(page.getByTestId('compose-announcer')).toContainText('Saved changes to the post for @HorizonsNHS: goes out');

  await expect(listed).toContainText(`Flu clinic on Saturday ${token}`);
  await expect(listed).toContainText(later.time);
  const after = queueRows(token);
  expect(after).toHaveLength(1);
  expect(after[0]?.id).toBe(created?.id);
  expect(after[0]?.due_at).not.toBe(created?.due_at);
  expect(transitions(created?.id ?? '')).toEqual(['->scheduled:scheduled', expect.stringMatching(/^scheduled>scheduled:edited; rescheduled for /)]);
  await screenshot(page, 'edit-04-schedule-after-edit');
});

test('the reply composer shows the post answered, starts in the text box, one sender; Esc returns to the card', async ({ page }) => {
  await practise(page);
  const horizons = page.getByRole('region', { name: 'Mentions · @HorizonsNHS' });
  const card = horizons.getByRole('article').first();
  await expect(card).toBeVisible({ timeout: 45_000 });
  const itemId = (await card.getAttribute('data-item-id')) ?? '';
  const item = horizons.locator(`article[data-item-id="${itemId}"]`);
  const text = ((await item.locator('.item__text').first().textContent()) ?? '').trim().slice(0, 20);
  const handle = ((await item.locator('.item__handle').first().textContent()) ?? '').trim();
  await item.getByRole('button', { name: 'Reply as @HorizonsNHS', exact: true }).click();

  const composer = page.getByTestId('composer');
  const answered = composer.getByTestId('composer-answered');
  await expect(answered).toContainText('Replying to');
  await expect(answered).toContainText(text);
  await expect(answered).toContainText(handle);
  await expect(answered.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await expect(composer.getByRole('textbox', { name: 'Post text' })).toBeFocused();
  await expect(composer.getByRole('radio', { name: 'Reply as @HorizonsNHS' })).toBeChecked();
  await expect(composer.getByRole('radio', { name: 'Reply as @Sch4Change' })).not.toBeChecked();
  await expect(composer.getByText('Must fix')).toHaveCount(0);
  await screenshot(page, 'edit-05-reply-composer');
  await expectNoAxeViolations(page);

  // One sender, changeable: another account takes over.
  await composer.getByRole('radio', { name: 'Reply as @Sch4Change' }).check();
  await expect(composer.getByRole('radio', { name: 'Reply as @HorizonsNHS' })).not.toBeChecked();
  // Trying to send the empty reply shows what must be fixed.
  await composer.getByTestId('compose-publish').click();
  await expect(composer.getByTestId('compose-checks')).toContainText('Must fix');
  await screenshot(page, 'edit-06-reply-must-fix');

  await page.keyboard.press('Escape');
  await expect(composer).toBeHidden();
  await expect(item).toBeFocused();
});

test('unsaved text survives a reload and a new launch of the engine, its image with a thumbnail', async ({ page }) => {
  test.setTimeout(90_000);
  const text = `Half-written: clinic times for next week ${Date.now()}`;
  await practise(page);
  await page.getByRole('button', { name: 'New post' }).click();
  const composer = page.getByTestId('composer');
  await composer.getByRole('checkbox', { name: 'Post as @sam_comms' }).check();
  await composer.getByLabel('Choose image, GIF or video for the post').setInputFiles({ name: 'rota.png', mimeType: 'image/png', buffer: stripedPng() });
  await composer.getByRole('textbox', { name: 'Alt text for rota.png' }).fill('The clinic rota for next week');
  await composer.getByRole('textbox', { name: 'Post text' }).fill(text);
  // Kept at once, not after a pause: the reload follows straight away.
  await expect(composer.getByText(/Text kept/)).toBeVisible();
  await page.reload();

  await expect(page.getByTestId('account-HorizonsNHS')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(composer.getByRole('textbox', { name: 'Post text' })).toHaveValue(text);
  await expect(composer.getByRole('checkbox', { name: 'Post as @sam_comms' })).toBeChecked();
  await expect(composer.getByTestId('composer-restored')).toContainText(/Your unsaved text from .* is back/);
  await expect(composer.getByRole('textbox', { name: 'Alt text for rota.png' })).toHaveValue('The clinic rota for next week');
  await expect(composer.locator('img.media__thumb')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await screenshot(page, 'edit-07-unsaved-restored');
  await expectNoAxeViolations(page);

  // A new launch (new port, new token: a new origin, so the page's own storage would be gone).
  const next = await app.restart();
  await page.goto(next.url);
  await expect(page.getByTestId('account-HorizonsNHS')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(composer.getByRole('textbox', { name: 'Post text' })).toHaveValue(text);
  await expect(composer.locator('img.media__thumb')).toHaveAttribute('src', /^data:image\/png;base64,/);

  // Starting afresh lets it go.
  await composer.getByRole('button', { name: 'Start a new post instead' }).click();
  await expect(composer.getByRole('textbox', { name: 'Post text' })).toHaveValue('');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(composer.getByRole('textbox', { name: 'Post text' })).toHaveValue('');
});

test('a post saved as a draft is listed in Schedule › Drafts and offered by the composer', async ({ page }) => {
  const token = `draft${Date.now().toString(36)}`;
  await practise(page);
  await page.getByRole('button', { name: 'New post' }).click();
  const composer = page.getByTestId('composer');
  await composer.getByRole('checkbox', { name: 'Post as @Sch4Change' }).check();
  await composer.getByRole('textbox', { name: 'Post text' }).fill(`School nurse drop-in, details to follow ${token}`);
  await composer.getByRole('button', { name: 'Save draft' }).click();
  await expect(composer).toBeHidden();
  await expect(page.getByTestId('compose-announcer')).toContainText('Saved as a draft for @Sch4Change. Find it in Schedule › Drafts.');
  expect(queueRows(token)).toEqual([expect.objectContaining({ state: 'draft', due_at: null })]);

  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await page.getByLabel('Show').selectOption('drafts');
  const listed = page.getByTestId('schedule-post').filter({ hasText: token });
  await expect(listed).toContainText('Draft');
  await screenshot(page, 'edit-08-schedule-drafts');
  await expectNoAxeViolations(page);

  // The composer offers it; opening it edits the draft (no new post is made).
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(composer.getByRole('textbox', { name: 'Post text' })).toHaveValue('');
  const drafts = composer.getByTestId('compose-drafts');
  await drafts.getByText('Your drafts (1)').click();
  await expect(drafts).toContainText(token);
  await screenshot(page, 'edit-09-composer-drafts');
  await drafts.getByRole('button', { name: /^Open draft: / }).click();
  await expect(composer.getByRole('heading', { name: 'Edit draft' })).toBeVisible();
  await composer.getByRole('textbox', { name: 'Post text' }).fill(`School nurse drop-in on Tuesday ${token}`);
  await composer.getByRole('button', { name: 'Save draft' }).click();
  await expect(composer).toBeHidden();
  await expect(listed).toContainText(`School nurse drop-in on Tuesday ${token}`);
  expect(queueRows(token)).toHaveLength(1);
});

test('in a thread that stopped part-way only the parts not yet on X can be edited', async ({ page }) => {
  test.setTimeout(90_000);
  const token = `partway${Date.now().toString(36)}`;
  await practise(page);
  const composer = page.getByTestId('composer');
  const postNow = async (texts: string[]): Promise<void> => {
    await page.getByRole('button', { name: 'New post' }).click();
    await composer.getByRole('checkbox', { name: 'Post as @sam_comms' }).check();
    await composer.getByRole('textbox', { name: 'Post text' }).fill(texts[0] ?? '');
    for (const [index, text] of texts.slice(1).entries()) {
      await composer.getByRole('button', { name: 'Add a part to the thread' }).click();
      await composer.getByRole('textbox', { name: `Part ${index + 2} of ${texts.length}` }).fill(text);
    }
    await composer.getByTestId('compose-publish').click();
    await expect(composer).toBeHidden();
  };
  // X refuses the same text twice: the thread's second part repeats a post already out, so it stops after part 1.
  await postNow([`Already said ${token}`]);
  await expect.poll(() => queueRows(`Already said ${token}`)[0]?.state, { timeout: 30_000 }).toBe('sent');
  await postNow([`1/2 Our winter plan ${token}`, `Already said ${token}`]);
  await expect.poll(() => queueRows(`winter plan ${token}`)[0]?.state, { timeout: 30_000 }).toBe('failed');

  // The sidebar's Schedule says a post needs the user now.
  await page.getByRole('button', { name: 'Schedule 1 post needs you' }).click();
  const failed = page.getByTestId('schedule-attention').getByTestId('schedule-post').filter({ hasText: token });
  await expect(failed.getByTestId('schedule-post-parts')).toContainText('On X');
  await failed.getByRole('button', { name: /^Edit @sam_comms/ }).click();
  await expect(composer.getByRole('heading', { name: 'Edit failed thread' })).toBeVisible();
  await expect(composer).toContainText('1 of 2 parts are already on X');
  const sentPart = composer.getByRole('textbox', { name: 'Part 1 of 2' });
  await expect(sentPart).toHaveAttribute('readonly', '');
  await expect(sentPart).toHaveAccessibleDescription(/Already on X/);
  await expect(composer.getByRole('textbox', { name: 'Part 2 of 2' })).toBeFocused();
  await composer.getByRole('textbox', { name: 'Part 2 of 2' }).fill(`2/2 Vaccines first ${token}`);
  await expect(composer.getByRole('button', { name: 'Move to drafts' })).toHaveCount(0);
  await screenshot(page, 'edit-10-thread-part-way');
  await expectNoAxeViolations(page);
  await composer.getByTestId('compose-publish').click();
  await expect(composer).toBeHidden();
  await expect(failed.getByTestId('schedule-post-parts')).toContainText(`2/2 Vaccines first ${token}`);
  await expect(failed.getByTestId('schedule-post-parts')).toContainText(`1/2 Our winter plan ${token}`);
});
