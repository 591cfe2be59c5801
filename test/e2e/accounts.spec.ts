// The accounts journey a new comms officer takes, through browser mode and the real core: practise in
// the training sandbox, look after each account, learn how to register an X app, remove an account;
// and the "Add an X account" flow up to X's sign-in page (X itself is stood in for by a local page).
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { useBrowserModeApp } from './browser-mode-app';
import { screenshot } from './shell-steps';

const TRAINING_HANDLES = ['HorizonsNHS', 'Sch4Change', 'sam_comms'] as const;

const app = useBrowserModeApp();

function sidebarAccount(page: Page, handle: string) {
  return page.getByRole('navigation', { name: 'Accounts and actions' }).getByTestId(`account-${handle}`);
}

test('first start: practise in the training sandbox, adjust an account, read the X app steps, remove an account', async ({
  page,
}) => {
  await page.goto(app().url);
  const welcome = page.getByTestId('welcome');
  await expect(welcome.getByRole('heading', { name: 'Welcome to Columns' })).toBeVisible();
  await expect(welcome).toContainText('Nothing is posted publicly.');
  await screenshot(page, 'accounts-01-welcome');

  await welcome.getByRole('button', { name: 'Practise in the training sandbox' }).click();
  // Usually still busy here (the sandbox takes a moment to start); the shot shows whichever state it is.
  await screenshot(page, 'accounts-01b-welcome-busy');
  for (const handle of TRAINING_HANDLES) {
    const item = sidebarAccount(page, handle);
    await expect(item).toContainText(`@${handle}`, { timeout: 30_000 });
    await expect(item.getByText('Training', { exact: true })).toBeVisible();
  }
  await expect(sidebarAccount(page, 'HorizonsNHS')).toContainText('Corporate');
  await expect(sidebarAccount(page, 'sam_comms')).toContainText('Personal');
  await expect(page.getByTestId('training-banner')).toContainText(
    'Training sandbox — practice accounts, nothing is posted to X',
  );
  await expect(welcome).toBeHidden();
  // The button that was pressed went with the welcome: focus lands on the accounts, not on the page.
  await expect(page.locator('#accounts-heading')).toBeFocused();
  // Practising starts with a working desk, not an empty strip.
  await expect(page.getByRole('region', { name: 'Mentions · @HorizonsNHS' })).toBeVisible();
  await screenshot(page, 'accounts-02-training-accounts');

  // Account settings: corporate defaults are on; turning one off is saved by the core.
  await page.getByRole('button', { name: 'Settings for @HorizonsNHS' }).click();
  const accountSettings = page.getByRole('dialog', { name: 'Account settings: @HorizonsNHS' });
  const altText = accountSettings.getByRole('checkbox', { name: /Require alt text on images/ });
  await expect(accountSettings.getByRole('checkbox', { name: /Confirm before posting/ })).toBeChecked();
  await expect(altText).toBeChecked();
  await altText.uncheck();
  await accountSettings.getByTitle('Green', { exact: true }).click();
  await expect(accountSettings.getByRole('radio', { name: 'Green', exact: true })).toBeChecked();
  await expect(accountSettings.getByLabel('Or a hex colour')).toHaveValue('#007f3b');
  await screenshot(page, 'accounts-03-account-settings');
  await page.keyboard.press('Escape');
  await expect(accountSettings).toBeHidden();
  await page.reload();
  await page.getByRole('button', { name: 'Settings for @HorizonsNHS' }).click();
  await expect(accountSettings.getByRole('checkbox', { name: /Require alt text on images/ })).not.toBeChecked();
  await expect(accountSettings.getByRole('radio', { name: 'Green', exact: true })).toBeChecked();
  await accountSettings.getByRole('button', { name: 'Close Account settings: @HorizonsNHS' }).click();

  // Settings: how to register the X developer app, with the exact callback URL.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const xApp = settings.getByTestId('x-app-settings');
  await expect(xApp.getByRole('heading', { name: 'X developer app' })).toBeVisible();
  await expect(xApp).toContainText('Native App');
  await expect(xApp).toContainText('Read and write');
  await expect(xApp.getByTestId('callback-url')).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
  await expect(xApp.getByRole('button', { name: 'Copy callback URL' })).toBeVisible();
  // The scopes are jargon: behind "Advanced", then their own explanation.
  await xApp.getByText('Advanced: what Columns asks X to allow').click();
  await xApp.getByText('What Columns asks X to allow, and why').click();
  await expect(xApp.getByText('offline.access')).toBeVisible();
  await xApp.getByRole('heading', { name: 'X developer app' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'accounts-04-settings-x-app');
  await xApp.getByText('What Columns asks X to allow, and why').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'accounts-04b-settings-x-app-scopes');
  await xApp.getByRole('button', { name: 'Save X app settings' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'accounts-04c-settings-x-app-form');
  await page.keyboard.press('Escape');

  // Remove the personal account, deleting its queued posts.
  await page.getByRole('button', { name: 'Settings for @sam_comms' }).click();
  await page.getByRole('dialog', { name: 'Account settings: @sam_comms' }).getByRole('button', { name: 'Remove @sam_comms…' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove account' });
  await expect(remove).toContainText('@sam_comms');
  await remove.getByRole('button', { name: 'Remove @sam_comms' }).click();
  await expect(remove.getByRole('alert')).toContainText('Choose what happens to its queued posts first.');
  await remove.getByRole('radio', { name: /Delete queued posts/ }).check();
  await screenshot(page, 'accounts-05-remove-account');
  await remove.getByRole('button', { name: 'Remove @sam_comms' }).click();
  await expect(remove).toBeHidden();
  await expect(sidebarAccount(page, 'sam_comms')).toHaveCount(0);
  await expect(sidebarAccount(page, 'HorizonsNHS')).toBeVisible();
  await expect(sidebarAccount(page, 'Sch4Change')).toBeVisible();
  await page.reload();
  await expect(sidebarAccount(page, 'Sch4Change')).toBeVisible();
  await expect(sidebarAccount(page, 'sam_comms')).toHaveCount(0);
  await screenshot(page, 'accounts-06-after-remove');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Settings for @Sch4Change' }).click();
  await expect(page.getByRole('dialog', { name: 'Account settings: @Sch4Change' })).toBeVisible();
  await screenshot(page, 'accounts-06b-dark-account-settings');
});

/** Stands in for X's authorize page, so no test ever reaches x.com. */
async function standInForX(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/(x|twitter)\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>X sign-in (stand-in)</title><h1>X sign-in</h1>' }),
  );
}

test('adding an X account: sends the user to the X app steps first, then to X, and can be cancelled', async ({ page, context }) => {
  await standInForX(context);
  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Connect an X account' }).click();
  const connect = page.getByRole('dialog', { name: 'Add an X account' });
  await expect(connect.getByRole('heading', { name: 'First, register your X developer app' })).toBeVisible();
  await screenshot(page, 'accounts-07-connect-needs-app');
  await connect.getByRole('button', { name: 'Show me the steps' }).click();

  const settings = page.getByRole('dialog', { name: 'Settings' });
  const xApp = settings.getByTestId('x-app-settings');
  await expect(xApp.getByRole('heading', { name: 'X developer app' })).toBeFocused();
  // The core's validation error appears next to the field it is about.
  await xApp.getByLabel('OAuth 2.0 Client ID').fill('not a client id!');
  await xApp.getByRole('button', { name: 'Save X app settings' }).click();
  await expect(xApp.getByText('must be the Client ID from the X developer portal')).toBeVisible();
  await expect(xApp.getByLabel('OAuth 2.0 Client ID')).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'accounts-08-x-app-validation');

  const port = 20_000 + Math.floor(Math.random() * 20_000);
  await xApp.getByLabel('OAuth 2.0 Client ID').fill('WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ');
  await xApp.getByLabel('Callback port').fill(String(port));
  await xApp.getByRole('button', { name: 'Save X app settings' }).click();
  await expect(xApp.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(xApp.getByTestId('callback-url')).toHaveText(`http://127.0.0.1:${port}/callback`);
  await page.keyboard.press('Escape');

  await page.getByTestId('welcome').getByRole('button', { name: 'Connect an X account' }).click();
  await expect(connect.getByRole('button', { name: 'Continue to X' })).toBeVisible();
  await screenshot(page, 'accounts-09-connect-ready');
  const xPage = context.waitForEvent('page');
  await connect.getByRole('button', { name: 'Continue to X' }).click();
  const opened = await xPage;
  expect(opened.url()).toMatch(/^https:\/\/(x|twitter)\.com\/i\/oauth2\/authorize\?/);
  expect(new URL(opened.url()).searchParams.get('redirect_uri')).toBe(`http://127.0.0.1:${port}/callback`);
  await opened.close();
  await expect(connect.getByRole('heading', { name: 'Waiting for you to sign in on X' })).toBeVisible();
  await expect(connect.getByRole('link', { name: 'Open the X sign-in page' })).toHaveAttribute('href', opened.url());
  await screenshot(page, 'accounts-10-connect-waiting');

  await connect.getByRole('button', { name: 'Cancel' }).click();
  await expect(connect.getByRole('heading', { name: 'Connecting was cancelled' })).toBeVisible();
  await expect(connect.getByRole('button', { name: 'Try again' })).toBeVisible();
  await screenshot(page, 'accounts-11-connect-cancelled');
});

test('a signed-out account shows a warning and reconnects in one click', async ({ page }) => {
  // The sandbox cannot revoke a training sign-in from outside, so the bridge frames say @sam_comms was
  // signed out until the core reports the reconnect; everything else is the real core.
  let signedOut = true;
  let reconnectPressed = false;
  await page.routeWebSocket(/\/bridge/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => {
      const frame = JSON.parse(String(message)) as
        | { type: 'result'; result: { ok: boolean; value?: unknown } }
        | { type: 'event'; event: string; payload: unknown };
      if (frame.type === 'event' && frame.event === 'accounts.connectProgress') {
        // Training's own first connect reports `connected` too: only the reconnect's answer counts.
        if (reconnectPressed && (frame.payload as { state: string }).state === 'connected') signedOut = false;
      }
      const accounts = frame.type === 'result' ? frame.result.value : frame.event === 'accounts.changed' ? frame.payload : null;
      if (signedOut && Array.isArray(accounts)) {
        for (const account of accounts as { handle?: string; status?: string; statusNote?: string | null }[]) {
          if (account.handle !== 'sam_comms') continue;
          // What core's account list says for a lost sign-in (core/accounts/repository.ts).
          account.status = 'needs_reauth';
          account.statusNote = "Columns can no longer find this account's sign-in in the keychain. Nothing posts from it until you reconnect.";
        }
      }
      ws.send(JSON.stringify(frame));
    });
  });

  await page.goto(app().url);
  await page.getByTestId('welcome').getByRole('button', { name: 'Practise in the training sandbox' }).click();
  const sam = sidebarAccount(page, 'sam_comms');
  await expect(sam).toContainText("Columns can no longer find this account's sign-in in the keychain", { timeout: 30_000 });
  await expect(sidebarAccount(page, 'HorizonsNHS')).not.toContainText("can no longer find this account's sign-in");
  await screenshot(page, 'accounts-12-needs-reauth');

  reconnectPressed = true;
  await sam.getByRole('button', { name: 'Reconnect @sam_comms' }).click();
  const reconnect = page.getByRole('dialog', { name: 'Reconnect @sam_comms' });
  await expect(reconnect.getByRole('heading', { name: '@sam_comms is connected' })).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'accounts-13-reconnected');
  await reconnect.getByRole('button', { name: 'Done' }).click();
  await expect(reconnect).toBeHidden();
  await expect(sam).not.toContainText("Columns can no longer find this account's sign-in in the keychain");
});
