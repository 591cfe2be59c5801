import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp';

/** Writes the CSP into the built index.html. Only at build: the dev server's HMR needs inline script. */
export function cspPlugin(): Plugin {
  return {
    name: 'columns-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head' },
      ],
    },
  };
}
