// Composes the core services and implements the contract, as one object (DESIGN: core/app.ts).
import { join } from 'node:path';
import type { AppInfo, Notice } from '../../shared/contract';
import { AccountsRepository } from './accounts/repository';
import { openDatabase } from './db/open';
import { APP_NAME, DATABASE_FILE } from './paths';
import { createDispatch, type Dispatch, type Handlers } from './rpc/dispatch';
import { EventHub } from './rpc/events';
import { SettingsRepository } from './settings/repository';

export interface CoreOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  platform?: string;
  nativeBinding?: string;
}

export interface Core {
  readonly dispatch: Dispatch;
  readonly events: EventHub;
  readonly notices: readonly Notice[];
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const { db, notices } = openDatabase(join(options.dataDir, DATABASE_FILE), {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const events = new EventHub();
  const settings = new SettingsRepository(db);
  const accounts = new AccountsRepository(db);

  const handlers: Handlers = {
    'app.info': () => ({
      name: APP_NAME,
      version: options.version,
      dataDir: options.dataDir,
      mode: options.mode,
      platform: options.platform ?? process.platform,
      notices: [...notices],
    }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => {
      const next = settings.update(patch);
      events.emit('settings.changed', next);
      return next;
    },
    'accounts.list': () => accounts.list(),
  };

  return {
    dispatch: createDispatch(handlers),
    events,
    notices,
    close: () => db.close(),
  };
}
