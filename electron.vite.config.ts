import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/vite-csp-plugin';

// One build for three targets. Main holds two Node entries: the Electron shell (index) and browser
// mode (web), which runs the same core under plain Node when no Electron runtime is present.
export default defineConfig({
  main: {
    build: {
      target: 'node20',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web/start.ts'),
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
