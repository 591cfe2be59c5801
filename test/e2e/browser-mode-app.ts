// One browser-mode Columns per test, in a fresh data folder, stopped and removed afterwards.
import { test } from '@playwright/test';
import { removeDataDir, startBrowserMode, type RunningBrowserMode } from './browser-mode-server';

export interface BrowserModeApp {
  /** The running app. */
  (): RunningBrowserMode;
  /** Stops it and starts it again on the same data folder (a relaunch), on a new port unless told to keep it. */
  restart(options?: { samePort?: boolean }): Promise<RunningBrowserMode>;
}

/** Runs `start` with extra variables in the environment the app is spawned with (spawn reads it synchronously). */
function withEnv<T>(env: Record<string, string> | undefined, start: () => Promise<T>): Promise<T> {
  if (!env) return start();
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return start();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Registers the hooks; call at the top of a spec. `env` adds variables (COLUMNS_CLOCK_SPEED). */
export function useBrowserModeApp(options: { env?: Record<string, string> } = {}): BrowserModeApp {
  let app: RunningBrowserMode | undefined;
  test.beforeEach(async () => {
    app = await withEnv(options.env, () => startBrowserMode());
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
    async restart({ samePort = false } = {}) {
      const { dataDir, origin } = current();
      await current().stop();
      const port = samePort ? Number(new URL(origin).port) : 0;
      app = await withEnv(options.env, () => startBrowserMode(dataDir, port));
      return app;
    },
  });
}
