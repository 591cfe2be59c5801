// The chat planner's defaults and accessibility advice: a new chat starts at the next 20:00 in
// London, and a hashtag screen readers cannot split (the chat's own, or one in a question) gets the
// composer's advice with its one-click CamelCase fix. Screenshot and axe with the advice showing.
import { expect, test } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';
import { expectNoAxeViolations } from './axe';

const app = useBrowserModeApp();

test.use({ viewport: { width: 1440, height: 900 } });

/** The next 20:00 on London's wall clock, as the date field writes it (DD/MM/YYYY). */
function nextLondonEvening(now: Date): string {
  const read = (at: Date): Record<string, string> =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' })
        .formatToParts(at)
        .map((part) => [part.type, part.value]),
    );
  const today = read(now);
  // Noon-to-noon steps never skip or repeat a London day, whatever the clocks do.
  const day = Number(today['hour']) < 20 ? today : read(new Date(now.getTime() + 24 * 3_600_000));
  return `${day['day']}/${day['month']}/${day['year']}`;
}

test('planner: starts at the next 20:00 and gives the composer’s CamelCase hashtag advice with its fix', async ({ page }) => {
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox', exact: true }).click();
  await expect(page.getByTestId('account-HorizonsNHS')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Chats', exact: true }).click();
  const expectedDate = nextLondonEvening(new Date());
  await page.getByTestId('chats').getByRole('button', { name: 'New chat', exact: true }).click();
  const form = page.getByTestId('chat-form');

  await expect(form.getByLabel('Start time', { exact: true })).toHaveValue('20:00');
  await expect(form.getByLabel('Start date', { exact: true })).toHaveValue(expectedDate);

  const hashtag = form.getByLabel('Hashtag', { exact: true });
  await hashtag.fill('improve4patients');
  const question1 = form.getByRole('textbox', { name: 'Question 1', exact: true });
  await question1.fill('What does #handhygiene look like on your ward?');
  await expect(form.getByText('The chat’s hashtag: screen readers read #improve4patients as one long word. Capitals let them read each word.')).toBeVisible();
  await expect(form.getByText('Question 1: screen readers read #handhygiene as one long word. Capitals let them read each word.')).toBeVisible();
  await expect(form.getByTestId('plan-advice')).toHaveCount(2);
  await form.getByRole('button', { name: 'Use #Improve4Patients', exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, 'chat-plan-01-advice');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Use #HandHygiene', exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, 'chat-plan-01-question-advice');

  // One click fixes the field, says so, and puts focus back in it.
  await form.getByRole('button', { name: 'Use #Improve4Patients', exact: true }).click();
  await expect(hashtag).toHaveValue('Improve4Patients');
  await expect(hashtag).toBeFocused();
  await expect(form.getByRole('status')).toHaveText('Changed #improve4patients to #Improve4Patients.');
  await form.getByRole('button', { name: 'Use #HandHygiene', exact: true }).click();
  await expect(question1).toHaveValue('What does #HandHygiene look like on your ward?');
  await expect(question1).toBeFocused();
  await expect(form.getByTestId('plan-advice')).toHaveCount(0);
  await expect(form.getByText('Goes out as: Q1 What does #HandHygiene look like on your ward? #Improve4Patients')).toBeVisible();
  await screenshot(page, 'chat-plan-02-fixed');
  await expectNoAxeViolations(page);
});
