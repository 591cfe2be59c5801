// One browser-mode Columns per test, in a fresh data folder, stopped and removed afterwards.
import { test } from '@playwright/test';
import { removeDataDir, startBrowserMode, type RunningBrowserMode } from './browser-mode-server';

export interface BrowserModeApp {
  /** The running app. */
  (): RunningBrowserMode;
  /** Stops it and starts it again on the same data folder (a relaunch). */
  restart(): Promise<RunningBrowserMode>;
}

/** Registers the hooks; call at the top of a spec. */
export function useBrowserModeApp(): BrowserModeApp {
  let app: RunningBrowserMode | undefined;
  test.beforeEach(async () => {
    app = await startBrowserMode();
  });
  test.afterEach(async () => {
    if (!app) return;
    await app.stop();
    removeDataDir(app.dataDir);
    app = undefined;
  });
  const current = (): RunningBrowserMode => {
    if (!app) throw new Error('browser mode not started');
    return app;
  };
  return Object.assign(current, {
    async restart() {
      const { dataDir } = current();
      await current().stop();
      app = await startBrowserMode(dataDir);
      return app;
    },
  });
}
