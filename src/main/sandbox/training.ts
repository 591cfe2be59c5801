// Training mode: the sandbox started inside the app (DESIGN rule 5), with the seeded world and the
// simulation running in real time, so a first-time user practises on @HorizonsNHS, @Sch4Change and a
// personal account without API keys. It is started on demand, once; its state lives in its own
// folder in the app's data directory and survives restarts. Never with the admin interface.
import { join } from 'node:path';
// Type-only: the server (Fastify, x509, the simulation) loads when training starts, not with the app.
import type { SandboxServer } from './server';

/** The sandbox's folder inside the app's data directory. */
export const TRAINING_SANDBOX_DIR = 'training-sandbox';

export interface TrainingSandboxOptions {
  /** The app's data directory. */
  appDataDir: string;
  /** better-sqlite3 built for the running runtime (Electron), as core's own database uses. */
  nativeBinding?: string;
  /** Ambient mentions and replies to the corporate accounts per hour (default: the sandbox's). */
  ambientPerHour?: number;
  /** The app's clock when it runs faster than the wall clock: the sandbox lives on the same time. */
  nowMs?: () => number;
}

export interface TrainingEndpoint {
  /** https://127.0.0.1:PORT */
  url: string;
  port: number;
  /** PEM of the sandbox's own CA: the only certificate the app's X client will trust for it. */
  caCertPem: string;
  caCertPath: string;
}

export interface TrainingSandbox {
  /** Starts the sandbox if it is not running; concurrent callers share one start. */
  start(): Promise<TrainingEndpoint>;
  /** The running sandbox, or null. */
  current(): TrainingEndpoint | null;
  /** The server itself, for core services that act on the training world (and tests), or null. */
  server(): SandboxServer | null;
  close(): Promise<void>;
}

export function createTrainingSandbox(options: TrainingSandboxOptions): TrainingSandbox {
  let starting: Promise<SandboxServer> | null = null;
  let running: SandboxServer | null = null;
  let closed = false;

  const endpointOf = (server: SandboxServer): TrainingEndpoint => ({
    url: server.url,
    port: server.port,
    caCertPem: server.caCertPem,
    caCertPath: server.caCertPath,
  });

  return {
    async start() {
      if (closed) throw new Error('The training sandbox has been shut down with the app.');
      starting ??= import('./server').then(({ startSandbox }) => startSandbox({
        dataDir: join(options.appDataDir, TRAINING_SANDBOX_DIR),
        host: '127.0.0.1',
        port: 0,
        seed: true,
        admin: false,
        simulate: true,
        ...(options.ambientPerHour !== undefined ? { ambientPerHour: options.ambientPerHour } : {}),
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      }, options.nowMs ? { nowMs: options.nowMs } : {})).then(
        (server) => {
          running = server;
          return server;
        },
        (error: unknown) => {
          starting = null; // let the user try again
          throw error;
        },
      );
      return endpointOf(await starting);
    },
    current: () => (running ? endpointOf(running) : null),
    server: () => running,
    async close() {
      closed = true;
      const server = running ?? (await starting?.catch(() => null)) ?? null;
      running = null;
      starting = null;
      await server?.close();
    },
  };
}
