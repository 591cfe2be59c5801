// A scheduled chat's posts in the Schedule, through browser mode and the real core: the list shows
// them together under "Chat: <name> · #hashtag", offers no Edit/Reschedule/Discard on them but one
// "Change in the chat plan" that opens the chat in the Chats view, and the week calendar does not
// move them (it says where to change them). axe checks the list and the calendar.
import { expect, test } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';
import { expectNoAxeViolations } from './axe';

const app = useBrowserModeApp();

test.use({ viewport: { width: 1440, height: 900 } });

/** Tomorrow in London as en-GB writes it (DD/MM/YYYY), and whether it falls in next week's calendar (today is Sunday). */
function tomorrowInLondon(): { date: string; nextWeek: boolean } {
  const at = (ms: number, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatPart[] => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options }).formatToParts(new Date(ms));
  const get = (parts: Intl.DateTimeFormatPart[], type: string): string => parts.find((part) => part.type === type)?.value ?? '';
  const parts = at(Date.now() + 86_400_000, { year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = get(at(Date.now(), { weekday: 'long' }), 'weekday');
  return { date: `${get(parts, 'day')}/${get(parts, 'month')}/${get(parts, 'year')}`, nextWeek: today === 'Sunday' };
}

test("a chat's posts in the Schedule are grouped under the chat and changed in its plan", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByTestId('account-HorizonsNHS')).toBeVisible({ timeout: 30_000 });

  // Plan and schedule a chat tomorrow at 19:00 from @HorizonsNHS (corporate: confirmed once).
  await page.getByRole('button', { name: 'Chats', exact: true }).click();
  await page.getByTestId('chats').getByRole('button', { name: 'New chat', exact: true }).click();
  const form = page.getByTestId('chat-form');
  await form.getByLabel('Name', { exact: true }).fill('Discharge that works');
  await form.getByLabel('Hashtag', { exact: true }).fill('DischargeChat');
  const start = tomorrowInLondon();
  await form.getByLabel('Start date', { exact: true }).fill(start.date);
  await form.getByLabel('Start time', { exact: true }).fill('19:00');
  await form.getByLabel('Duration (minutes)', { exact: true }).fill('60');
  await form.getByRole('radio', { name: 'Host as @HorizonsNHS' }).check();
  await form.getByRole('textbox', { name: 'Question 1', exact: true }).fill('What matters most to your patients?');
  await form.getByRole('spinbutton', { name: 'Q2 minutes after the start' }).fill('20');
  await form.getByRole('textbox', { name: 'Question 2', exact: true }).fill('Who should be in the room?');
  await form.getByRole('textbox', { name: 'Question 3', exact: true }).fill('One change for next week?');
  await form.getByRole('button', { name: 'Schedule as @HorizonsNHS', exact: true }).click();
  await page.getByTestId('post-confirmation').getByRole('button', { name: 'Schedule the chat as @HorizonsNHS', exact: true }).click();
  await expect(page.getByTestId('chat-room').getByTestId('chat-state')).toHaveText('Scheduled', { timeout: 15_000 });

  // The Schedule list: one group for the chat, its posts in order, and only the chat-plan button.
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  const schedule = page.getByTestId('schedule');
  const group = schedule.getByTestId('schedule-chat');
  await expect(group).toHaveCount(1);
  await expect(group.getByRole('heading', { level: 4 })).toHaveText('Chat: Discharge that works · #DischargeChat');
  const posts = group.getByTestId('schedule-post');
  await expect(posts.first()).toContainText('#DischargeChat');
  const texts = await posts.allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(3);
  expect(texts.findIndex((text) => text.includes('Q1 What matters most'))).toBeLessThan(texts.findIndex((text) => text.includes('Q2 Who should be in the room?')));
  await expect(group.getByRole('button', { name: /^(Edit|Reschedule|Discard) / })).toHaveCount(0);
  const change = group.getByRole('button', { name: /^Change in the chat plan: .*chat Discharge that works$/ });
  await expect(change).toHaveCount(texts.length);
  await screenshot(page, 'chat-schedule-01-list');
  await expectNoAxeViolations(page);

  // The week calendar does not move a chat's post: the arrow keys and a click say where to change it.
  await schedule.getByRole('button', { name: 'Week', exact: true }).click();
  const week = page.getByTestId('week-calendar');
  if (start.nextWeek) await week.getByRole('button', { name: 'Next week' }).click();
  const block = week.getByTestId('week-post').filter({ hasText: '19:00' });
  await expect(block).toHaveCount(1);
  await block.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('schedule-status')).toHaveText('Part of the chat Discharge that works: change it in the chat plan.');
  await expect(block).toContainText('19:00');
  await block.click();
  await expect(page.getByTestId('schedule-status')).toHaveText('Part of the chat Discharge that works: change it in the chat plan.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await screenshot(page, 'chat-schedule-02-week');
  await expectNoAxeViolations(page);

  // "Change in the chat plan" opens that chat in the Chats view.
  await schedule.getByRole('button', { name: 'List', exact: true }).click();
  await change.first().click();
  const room = page.getByTestId('chat-room');
  await expect(room.getByRole('heading', { name: /Discharge that works/ })).toBeVisible();
  await expect(room.getByTestId('chat-state')).toHaveText('Scheduled');
  await screenshot(page, 'chat-schedule-03-chat');
});
