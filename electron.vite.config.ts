/**
 * One build for the three parts of the app:
 *   out/main      the Electron main process (ESM, dependencies left to node_modules)
 *   out/preload   the sandboxed preload: one CommonJS file with everything bundled,
 *                 because a sandboxed preload cannot load modules of its own
 *   out/renderer  the React page
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

/**
 * The dev server needs an inline React preamble and a websocket; the built page needs
 * neither. Relax the CSP only while serving, so the shipped page keeps the strict one.
 */
function devServerCsp(): Plugin {
  return {
    name: 'faxdesk-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'none'", "connect-src 'self' ws:"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'main/app/index.ts'),
          // The document reader, run as a utility process (main/app/utility-reader.ts).
          'document-reader': resolve(root, 'main/engine/documents/reader-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), devServerCsp()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
