// Loaded into the browser-mode process by the launch bench (node --import): when the process prints
// its address, it also prints where its time went so far: Node's own bootstrap mark and the
// launch marks browser mode sets (modules loaded, core ready, listening), as epoch ms.
import { performance } from 'node:perf_hooks';

const write = process.stdout.write.bind(process.stdout);
let done = false;
process.stdout.write = (chunk, ...rest) => {
  if (!done && String(chunk).startsWith('Open ')) {
    done = true;
    const at = (ms) => Math.round(performance.timeOrigin + ms);
    const mark = (name) => {
      const entry = performance.getEntriesByName(name)[0];
      return entry ? at(entry.startTime) : null;
    };
    write(
      `LAUNCH-PROBE ${JSON.stringify({
        bootstrapAt: at(performance.nodeTiming.bootstrapComplete),
        modulesLoadedAt: mark('columns:modules-loaded'),
        coreReadyAt: mark('columns:core-ready'),
        listeningAt: mark('columns:listening'),
      })}\n`,
    );
  }
  return write(chunk, ...rest);
};
