// The publisher as a separate process the kill test SIGKILLs at random moments: it opens core on
// the test's data folder (accounts already connected, tokens in the real keychain), publishes what
// is due, and exits 0 once nothing is left to send. Configuration comes from the environment.
import { createCore } from '../../../src/main/core/app';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const core = createCore({
  dataDir: env('KILL_DATA_DIR'),
  mode: 'browser',
  version: '0.0.0-kill',
  xApiBaseUrl: env('KILL_X_BASE'),
  xCaPem: env('KILL_X_CA'),
  keychainService: env('KILL_KEYCHAIN'),
  trainingAmbientPerHour: 0,
  queueBackoff: { baseMs: 20, capMs: 200 },
  requestTimeoutMs: 5_000,
});
process.stdout.write('ready\n');
// Tells the test the first post is on its way out, so most kills land mid-send.
let announced = false;
core.events.subscribe((event, payload) => {
  if (announced || event !== 'queue.changed' || !(payload as { state: string }[]).some((post) => post.state === 'sending')) return;
  announced = true;
  process.stdout.write('sending\n');
});

const timer = setInterval(() => {
  if (core.queue.list({ states: ['scheduled', 'sending'] }).length > 0) return;
  clearInterval(timer);
  void core.close().then(() => process.exit(0));
}, 20);
