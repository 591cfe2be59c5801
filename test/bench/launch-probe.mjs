// Loaded into the browser-mode process by the launch bench (node --import): when the process prints
// its address, it also prints where its time went so far, from Node's own timing marks.
import { performance } from 'node:perf_hooks';

const started = performance.now();
const write = process.stdout.write.bind(process.stdout);
let done = false;
process.stdout.write = (chunk, ...rest) => {
  if (!done && String(chunk).startsWith('Open ')) {
    done = true;
    const timing = performance.nodeTiming;
    write(`LAUNCH-PROBE ${JSON.stringify({ bootstrapMs: timing.bootstrapComplete, probeMs: started, listeningMs: performance.now() })}\n`);
  }
  return write(chunk, ...rest);
};
