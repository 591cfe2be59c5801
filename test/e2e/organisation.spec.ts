// IT's organisation file as a comms officer meets it: Settings says who set Columns up and what is
// locked, locked values cannot be changed, a change on disk shows without a reload, a broken file
// is explained, "Export for a colleague" writes a file Columns reads back, and connecting an account
// is one button ("Connect X"), with the 20-second hint when X's page never comes back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';

const ORG_PATH = join(mkdtempSync(join(tmpdir(), 'columns-org-')), 'organisation.json');
const ORG = {
  version: 1,
  organisation: 'Horizons NHS programme',
  x: { clientId: 'aG9yaXpvbnMtbmhzLWFwcDoxOmNp', clientType: 'public', plan: 'pay-per-use' },
  accounts: [{ handle: 'HorizonsNHS', colour: '#005eb8' }, { handle: 'Sch4Change', colour: '#007f3b' }],
  settings: { timeZone: 'Europe/London', locale: 'en-GB' },
  spend: { monthlyCapUsd: 40 },
  monitoringHours: { days: { mon: { open: '09:00', close: '17:00' }, tue: { open: '09:00', close: '17:00' }, wed: { open: '09:00', close: '17:00' }, thu: { open: '09:00', close: '17:00' }, fri: { open: '09:00', close: '17:00' } } },
  locked: ['x.clientId', 'settings.timeZone', 'spend.monthlyCapUsd', 'accounts'],
};
writeFileSync(ORG_PATH, JSON.stringify(ORG));

const app = useBrowserModeApp({ env: { COLUMNS_ORG_CONFIG: ORG_PATH } });

test.beforeEach(() => writeFileSync(ORG_PATH, JSON.stringify(ORG)));

async function standInForX(context: BrowserContext): Promise<void> {
  // X's page for a Client ID it does not know: the connect dialog cannot see it, so it explains after 20 s.
  await context.route(/^https:\/\/(x|twitter)\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: "<!doctype html><title>X</title><h1>Something went wrong</h1><p>You weren't able to give access to the App.</p>" }),
  );
}

test('Settings shows the organisation, locks what it locks, follows the file on disk and exports it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app().url);
  await expect(page.getByTestId('welcome-organisation')).toHaveText('Horizons NHS programme has set Columns up for you. Sign in to each account you run, one button each.');
  await expect(page.getByRole('button', { name: 'How to set up the X developer app' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const section = settings.getByTestId('organisation-settings');
  await expect(section).toContainText('Columns is set up by Horizons NHS programme');
  await expect(section).toContainText('named by COLUMNS_ORG_CONFIG');
  await expect(section.getByTestId('organisation-locked')).toHaveText(
    "Locked by Horizons NHS programme: the X app's Client ID, the time zone, the monthly spending cap, the corporate accounts' settings.",
  );
  await expect(section).toContainText('Monitoring hours: Mon 09:00–17:00, Tue 09:00–17:00');
  await screenshot(page, 'organisation-01-settings');

  const xApp = settings.getByTestId('x-app-settings');
  await expect(xApp.getByTestId('x-app-from-organisation')).toContainText('Horizons NHS programme has set up the X app');
  await xApp.getByText("Advanced: the X app's details").click();
  await expect(xApp.getByLabel('OAuth 2.0 Client ID')).toBeDisabled();
  await expect(xApp.getByLabel('OAuth 2.0 Client ID')).toHaveValue(ORG.x.clientId);
  await expect(xApp.getByTestId('lock-note-x.clientId')).toContainText('Locked: set by Horizons NHS programme');
  await xApp.getByLabel('OAuth 2.0 Client ID').scrollIntoViewIfNeeded();
  await screenshot(page, 'organisation-02-x-app-locked');
  await expectNoAxeViolations(page);

  const zone = settings.getByLabel('Time zone for scheduling and display');
  await expect(zone).toBeDisabled();
  await expect(settings.getByLabel('Date and time format')).toBeEnabled();
  await expect(settings.getByTestId('lock-note-settings.locale')).toHaveText('Suggested by Horizons NHS programme; yours to change');
  await expect(settings.getByLabel('Monthly cap, US dollars (all accounts)')).toBeDisabled();

  // IT locks the date format too: the open Settings follows without a reload.
  writeFileSync(ORG_PATH, JSON.stringify({ ...ORG, locked: [...ORG.locked, 'settings.locale'] }));
  await expect(settings.getByLabel('Date and time format')).toBeDisabled({ timeout: 10_000 });

  // A broken edit is explained, naming the field; the last good file stays in force.
  writeFileSync(ORG_PATH, JSON.stringify({ ...ORG, x: { ...ORG.x, clientSecret: 'pasted by mistake' } }));
  await expect(section.getByTestId('organisation-error')).toContainText('x.clientSecret: a client secret never goes in the organisation file', { timeout: 10_000 });
  await expect(zone).toBeDisabled();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'organisation-03-refused-file');

  const download = page.waitForEvent('download');
  await section.getByTestId('organisation-export').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('organisation.json');
  const exported = JSON.parse(readFileSync((await saved.path()) ?? '', 'utf8')) as Record<string, unknown>;
  expect(exported).toMatchObject({ version: 1, organisation: 'Horizons NHS programme', x: { clientId: ORG.x.clientId, clientType: 'public' }, spend: { monthlyCapUsd: 40 } });
  await expect(section.getByRole('status')).toHaveText('Saved organisation.json: no secrets are in it.');
});

test("connecting with the organisation's app is one button, and a silent X page is explained after 20 s", async ({ page, context }) => {
  await standInForX(context);
  await page.clock.install();
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Connect an X account' }).click();
  const connect = page.getByRole('dialog', { name: 'Add an X account' });
  await expect(connect).toContainText('Sign in as the Horizons NHS programme account you want to add');
  await expect(connect).not.toContainText('developer');
  await screenshot(page, 'organisation-04-connect-x');
  const xPage = context.waitForEvent('page');
  await connect.getByRole('button', { name: 'Connect X' }).click();
  const opened = await xPage;
  expect(new URL(opened.url()).searchParams.get('client_id')).toBe(ORG.x.clientId);
  await page.bringToFront();
  await expect(connect.getByRole('heading', { name: 'Waiting for you to sign in on X' })).toBeVisible();
  await expect(connect.getByTestId('connect-late-hint')).toHaveCount(0);
  await page.clock.fastForward(21_000);
  const hint = connect.getByTestId('connect-late-hint');
  await expect(hint).toContainText('X does not know this Client ID or its callback URL');
  await screenshot(page, 'organisation-05-connect-late-hint');
  await expectNoAxeViolations(page);
  await hint.getByRole('button', { name: 'Go back' }).click();
  await expect(connect.getByRole('heading', { name: 'Connecting was cancelled' })).toBeVisible();
});
