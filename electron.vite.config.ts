import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/vite-csp-plugin';

// One build for three targets. Main holds four Node entries: the Electron shell (index), browser
// mode (web), which runs the same core under plain Node when no Electron runtime is present, the
// standalone X sandbox (sandbox, `npm run sandbox`) and the command line (cli, `npm run columns`),
// all three plain Node.
export default defineConfig({
  main: {
    build: {
      target: 'node20',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web/start.ts'),
          sandbox: resolve(__dirname, 'src/main/sandbox/cli.ts'),
          cli: resolve(__dirname, 'src/main/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require npm modules or load chunks (DESIGN rule 8): one CJS file.
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), cspPlugin()],
    build: {
      minify: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
