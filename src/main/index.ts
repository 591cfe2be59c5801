// The Electron shell: lifecycle, the window, IPC wiring. Everything worth testing is in core/
// (DESIGN rule 1); the security guards are in shell/security.ts and tested under Node.
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, nativeTheme, net, Notification, powerMonitor, session, shell } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type WireResult } from '../shared/wire';
import { createCore, type Core } from './core/app';
import { coreOptionsFromEnv } from './core/env-config';
import { APP_ID, resolveDataDir } from './core/paths';
import { findElectronNativeBinding } from './shell/native-binding';
import {
  denyAllPermissions,
  guardContents,
  isSafeExternalUrl,
  isTrustedSender,
  secureWebPreferences,
  type GuardableContents,
} from './shell/security';

const here = dirname(fileURLToPath(import.meta.url));
const appRoot = app.getAppPath();
const rendererFile = join(here, '../renderer/index.html');
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const appUrl = devServerUrl ?? pathToFileURL(rendererFile).href;

// Same folder as browser mode, COLUMNS_DATA_DIR included.
app.setPath('userData', resolveDataDir({ env: process.env, platform: process.platform, home: homedir() }));
app.setAppUserModelId(APP_ID);
app.enableSandbox();

let core: Core | undefined;
let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Columns',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15181c' : '#f7f8fa',
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererFile);
  return win;
}

function wireIpc(running: Core): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<WireResult> => {
    if (!isTrustedSender(event.senderFrame, appUrl)) {
      return { ok: false, error: { code: 'unauthorized', message: 'Calls are accepted only from the Columns window.' } };
    }
    return running.dispatch(method, input);
  });
  running.events.subscribe((name, payload) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(IPC_EVENT_CHANNEL, name, payload);
  });
}

/**
 * The queue needs the desktop: resume from sleep and coming back online wake the scheduler (its
 * timer cannot see either), and the dock/taskbar badge counts failed and held posts.
 */
function wireQueueSignals(running: Core): void {
  powerMonitor.on('resume', () => running.scheduler.wake('resume'));
  powerMonitor.on('unlock-screen', () => running.scheduler.wake('unlock-screen'));
  let online = net.isOnline();
  setInterval(() => {
    const now = net.isOnline();
    if (now && !online) running.scheduler.wake('online');
    online = now;
  }, 5_000).unref();
  const badge = ({ failed, held }: { failed: number; held: number }): void => {
    app.setBadgeCount(failed + held);
  };
  badge(running.queue.attention());
  running.events.subscribe((name, payload) => {
    if (name === 'queue.attention') badge(payload as { failed: number; held: number });
  });
}

app.on('web-contents-created', (_event, contents) => {
  guardContents(contents as unknown as GuardableContents, {
    appUrl,
    openExternal: (url) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
    },
  });
});

const singleInstance = app.requestSingleInstanceLock();
if (!singleInstance) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession);
      core = createCore({
        dataDir: app.getPath('userData'),
        mode: 'electron',
        version: app.getVersion(),
        // A relaunch paints the cached columns before their first refresh starts (see web/start.ts).
        firstRefreshAfterMs: 1500,
        nativeBinding: findElectronNativeBinding(appRoot),
        ...coreOptionsFromEnv(process.env),
        // X's authorize page goes to the system browser; its answer comes back to core's own
        // loopback server, so no http:// URL ever needs opening from here.
        openExternal: async (url) => {
          if (!isSafeExternalUrl(url)) throw new Error('Only https pages are opened in the browser.');
          await shell.openExternal(url);
        },
        notify: (title, body) => {
          if (Notification.isSupported()) new Notification({ title, body }).show();
        },
      });
      wireIpc(core);
      wireQueueSignals(core);
      mainWindow = createWindow();
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Columns could not start:', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Closing core stops the training sandbox (an HTTPS server) and the database: hold the quit until
  // both are done, then quit for real.
  app.on('will-quit', (event) => {
    const closing = core;
    if (!closing) return;
    core = undefined;
    event.preventDefault();
    void closing
      .close()
      .catch((error: unknown) => console.error('Columns did not stop cleanly:', error))
      .finally(() => app.quit());
  });
}
