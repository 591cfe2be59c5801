// Rehearsing a real chat plan in training, through browser mode and the real core (core and the
// training sandbox at 20× only so the run takes a minute; the rehearsal itself compresses the plan,
// it never changes core's clock): add a moderation word in Settings, plan a one-hour chat for
// tomorrow on @HorizonsNHS, rehearse it at 30×, moderate (hide the spam; the critic is offered a
// reply, never hiding), post twice as the host with "don't ask again for this chat", let it end,
// export the transcript (the hidden spam left out, and marked when included); the real chat stays
// scheduled and untouched, the rehearsal is listed under it.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';
import { expectNoAxeViolations } from './axe';

const app = useBrowserModeApp({ env: { COLUMNS_CLOCK_SPEED: '20' } });

test.use({ viewport: { width: 1440, height: 900 } });

function tomorrowInLondon(): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + 86_400_000));
  return parts;
}

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('rehearse a planned chat at 30×: the community answers its own questions, moderation, transcript; the real chat untouched', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByTestId('account-HorizonsNHS')).toBeVisible({ timeout: 30_000 });
  // Settings shows the lane's word lists and takes extra words.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const words = settings.getByTestId('moderation-words');
  await words.scrollIntoViewIfNeeded();
  await expect(words.getByLabel('Built-in Critical but civil words')).toContainText('pointless');
  await words.getByLabel('Your extra critical but civil words, one per line').fill('postcode lottery');
  await words.getByRole('button', { name: 'Save moderation words', exact: true }).click();
  await expect(words.getByRole('status')).toContainText(/Saved/);
  await screenshot(page, 'rehearse-00-settings-words');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  await page.getByRole('button', { name: 'Chats', exact: true }).click();
  const chats = page.getByTestId('chats');

  // The real plan: an hour, tomorrow at 19:00, three questions.
  await chats.getByRole('button', { name: 'New chat', exact: true }).click();
  const form = page.getByTestId('chat-form');
  await form.getByLabel('Name', { exact: true }).fill('Winter pressures');
  await form.getByLabel('Hashtag', { exact: true }).fill('#Improve4Patients');
  await form.getByLabel('Start date', { exact: true }).fill(tomorrowInLondon());
  await form.getByLabel('Start time', { exact: true }).fill('19:00');
  await form.getByLabel('Duration (minutes)', { exact: true }).fill('60');
  await form.getByRole('radio', { name: 'Host as @HorizonsNHS' }).check();
  await form.getByRole('textbox', { name: 'Question 1', exact: true }).fill('What helps your team most in winter?');
  await form.getByRole('spinbutton', { name: 'Q2 minutes after the start' }).fill('20');
  await form.getByRole('textbox', { name: 'Question 2', exact: true }).fill('How do you keep patients informed about waits?');
  await form.getByRole('spinbutton', { name: 'Q3 minutes after the start' }).fill('40');
  await form.getByRole('textbox', { name: 'Question 3', exact: true }).fill('What will you try this week?');
  await form.getByRole('button', { name: 'Schedule as @HorizonsNHS', exact: true }).click();
  await page.getByTestId('post-confirmation').getByRole('button', { name: 'Schedule the chat as @HorizonsNHS', exact: true }).click();
  const room = page.getByTestId('chat-room');
  await expect(room.getByTestId('chat-state')).toHaveText('Scheduled', { timeout: 15_000 });
  const realId = (await room.getAttribute('data-chat-id')) ?? '';
  const realQ1 = await room.getByTestId('question-q1').getByTestId('question-status').textContent();

  // Rehearse from the list, at 30×.
  await room.getByRole('button', { name: '← All chats' }).click();
  const rehearse = chats.getByRole('group', { name: 'Rehearse Winter pressures in training' });
  await rehearse.getByLabel('Speed').selectOption('30');
  await screenshot(page, 'rehearse-01-list');
  await expectNoAxeViolations(page);
  await rehearse.getByRole('button', { name: 'Rehearse', exact: true }).click();
  await expect(room.getByRole('heading', { name: /Rehearsal of Winter pressures \(1\)/ })).toBeVisible({ timeout: 15_000 });
  await expect(room.getByTestId('rehearsal-banner')).toContainText('your real chat is not touched');
  expect(await room.getAttribute('data-chat-id')).not.toBe(realId);
  await screenshot(page, 'rehearse-02-room');
  await expectNoAxeViolations(page);

  // The chat's own questions go out from the training @HorizonsNHS, marked R1; the community answers.
  await expect(room.getByTestId('question-q1').getByTestId('question-status')).toContainText(/^sent /, { timeout: 60_000 });
  await expect(room.getByTestId('question-q1')).toContainText('What helps your team most in winter? · R1');
  await expect(room.getByTestId('question-q1').locator('[data-kind="answer"]').first()).toBeVisible({ timeout: 60_000 });

  // Moderation: the spam is hidden; the civil critic is flagged "critical", to answer, not hide.
  const lane = room.getByTestId('moderation-lane');
  const spam = lane.locator('li[data-entry-id]').filter({ hasText: /Possible spam/ }).filter({ has: page.locator('button[data-action="hide"]:not([aria-disabled])') }).first();
  await expect(spam).toBeVisible({ timeout: 60_000 });
  const spamId = (await spam.getAttribute('data-entry-id')) ?? '';
  await lane.locator(`li[data-entry-id="${spamId}"]`).getByRole('button', { name: 'Hide reply as @HorizonsNHS', exact: true }).click();
  await expect(lane.locator(`li[data-entry-id="${spamId}"]`).getByRole('status')).toContainText('Reply hidden as @HorizonsNHS');
  const critic = lane.locator('li[data-entry-id]').filter({ hasText: /Critical but civil/ }).first();
  await expect(critic).toBeVisible({ timeout: 60_000 });
  const criticId = (await critic.getAttribute('data-entry-id')) ?? '';
  await expect(critic).toContainText('NHS guidance: answer legitimate criticism; do not hide it.');
  await expect(critic.locator('button[data-action="hide"]')).toHaveCount(0);
  await expect(critic.getByRole('button', { name: /^Reply to @/ })).toBeVisible();
  await screenshot(page, 'rehearse-03-moderation');
  await expectNoAxeViolations(page);

  // The host posts: the first corporate post asks, in large type, and can stop asking for this chat.
  const box = room.getByRole('textbox', { name: 'Post text (the hashtag is added)' });
  await box.fill('Thanks for joining the rehearsal');
  await room.getByRole('button', { name: 'Post', exact: true }).click();
  const confirmation = page.getByTestId('post-confirmation');
  await expect(confirmation).toBeVisible();
  await confirmation.getByRole('checkbox', { name: /Don.t ask again for this chat/ }).check();
  await screenshot(page, 'rehearse-03b-confirm-dont-ask');
  await expectNoAxeViolations(page);
  await confirmation.getByRole('button', { name: 'Post as @HorizonsNHS', exact: true }).click();
  await expect(room.getByText('Posted as @HorizonsNHS.')).toBeVisible({ timeout: 30_000 });
  await expect(room.getByTestId('posting-grant')).toContainText(/Posting without asking until \d\d:\d\d/);
  await box.fill('Second post, no question asked');
  await room.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(room.getByText('Posted as @HorizonsNHS.').last()).toBeVisible({ timeout: 30_000 });
  await expect(confirmation).toBeHidden();

  // It ends (5 minutes of plan and the 15-minute tail, by the chat's clock); the transcript.
  await expect(room.getByTestId('chat-state')).toHaveText('Ended', { timeout: 120_000 });
  const report = room.getByTestId('chat-report');
  await expect(report.getByRole('table', { name: 'Per question' })).toBeVisible();
  await screenshot(page, 'rehearse-04-ended');
  await expectNoAxeViolations(page);
  const csv = await download(page, report.getByRole('button', { name: 'Export CSV', exact: true }));
  expect(csv.text).toContain(criticId);
  expect(csv.text).toContain('What helps your team most in winter? · R1');
  // The published transcript leaves the hidden spam out; including moderated posts marks it.
  expect(csv.text).not.toContain(spamId);
  await expect(report).toContainText(/left out/);
  await report.getByRole('checkbox', { name: 'Include moderated posts (marked)' }).check();
  const marked = await download(page, report.getByRole('button', { name: 'Export CSV', exact: true }));
  const spamRow = marked.text.split('\r\n').find((row) => row.includes(spamId)) ?? '';
  expect(spamRow).toMatch(/,hidden,/);
  // After the end, the room no longer posts without asking.
  await expect(room.getByTestId('posting-grant')).toHaveCount(0);
  console.log(`rehearsal transcript: ${csv.text.split('\r\n').length - 2} rows; spam ${spamId} hidden, critic ${criticId} kept`);

  // The real chat: still scheduled for tomorrow, its Q1 as it was, nothing received; the rehearsal under it.
  await room.getByRole('button', { name: '← All chats' }).click();
  await expect(chats.getByRole('button', { name: /Open Winter pressures \(#Improve4Patients\), Scheduled/ })).toBeVisible();
  const rehearsals = chats.getByRole('list', { name: 'Rehearsals' });
  await expect(rehearsals.getByRole('button', { name: 'Rehearsal of Winter pressures (1)' })).toBeVisible();
  await expect(chats.getByRole('button', { name: /Open Rehearsal of/ })).toHaveCount(0);
  await screenshot(page, 'rehearse-05-list-after');
  await chats.getByRole('button', { name: /Open Winter pressures/ }).click();
  await expect(room.getByTestId('question-q1').getByTestId('question-status')).toHaveText(realQ1 ?? '');
  await expect(room.getByTestId('question-q1')).not.toContainText('· R1');
});
