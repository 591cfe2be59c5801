// Composes the core services and implements the contract, as one object (DESIGN: core/app.ts).
import { join } from 'node:path';
import type { AppInfo, Notice, TrainingStatus } from '../../shared/contract';
import { createTrainingSandbox, type TrainingSandbox } from '../sandbox/training';
import { AccountsRepository } from './accounts/repository';
import { openDatabase } from './db/open';
import { AppError } from './errors';
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
  /** Ambient activity in the training sandbox, posts an hour (tests turn it down). */
  trainingAmbientPerHour?: number;
}

export interface Core {
  readonly dispatch: Dispatch;
  readonly events: EventHub;
  readonly notices: readonly Notice[];
  /** The training sandbox, started on demand (training.start). */
  readonly training: TrainingSandbox;
  /** Stops the training sandbox if it runs and closes the database. */
  close(): Promise<void>;
}

export function createCore(options: CoreOptions): Core {
  const { db, notices } = openDatabase(join(options.dataDir, DATABASE_FILE), {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const events = new EventHub();
  const settings = new SettingsRepository(db);
  const accounts = new AccountsRepository(db);
  const training = createTrainingSandbox({
    appDataDir: options.dataDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.trainingAmbientPerHour !== undefined ? { ambientPerHour: options.trainingAmbientPerHour } : {}),
  });
  const trainingStatus = (): TrainingStatus => {
    const endpoint = training.current();
    return { running: endpoint !== null, url: endpoint?.url ?? null };
  };

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
    'training.status': trainingStatus,
    'training.start': async () => {
      try {
        await training.start();
      } catch (error) {
        console.error('[columns] the training sandbox could not start', error);
        throw new AppError('unavailable', 'The training sandbox could not start. The details are in the log; try again.');
      }
      return trainingStatus();
    },
  };

  return {
    dispatch: createDispatch(handlers),
    events,
    notices,
    training,
    async close() {
      await training.close();
      db.close();
    },
  };
}
