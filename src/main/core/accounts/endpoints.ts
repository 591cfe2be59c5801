// Which X-compatible server an account talks to, as configuration (DESIGN rule 5): live accounts go
// to X itself, or to COLUMNS_X_API_BASE with COLUMNS_X_CA; training accounts go to the in-process
// training sandbox, started on demand. Nothing downstream knows which one it got.
import type { TrainingSandbox } from '../../sandbox/training';
import { createXEndpoint, type XEndpoint, type XEndpointConfig } from '../providers/x/endpoint';

export interface Endpoints {
  live(): XEndpoint;
  /** Starts the training sandbox if needed. */
  training(): Promise<XEndpoint>;
  forAccount(training: boolean): Promise<XEndpoint>;
  /** Closes every pooled connection. */
  destroy(): void;
}

export function createEndpoints(liveConfig: XEndpointConfig, sandbox: TrainingSandbox): Endpoints {
  let live: XEndpoint | null = null;
  let training: { url: string; endpoint: XEndpoint } | null = null;
  const endpoints: Endpoints = {
    live() {
      live ??= createXEndpoint(liveConfig);
      return live;
    },
    async training() {
      const running = await sandbox.start();
      if (training?.url !== running.url) {
        training?.endpoint.destroy();
        training = { url: running.url, endpoint: createXEndpoint({ apiBaseUrl: running.url, caPem: running.caCertPem }) };
      }
      return training.endpoint;
    },
    forAccount: (isTraining) => (isTraining ? endpoints.training() : Promise.resolve(endpoints.live())),
    destroy() {
      live?.destroy();
      training?.endpoint.destroy();
      live = null;
      training = null;
    },
  };
  return endpoints;
}
