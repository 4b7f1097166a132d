/**
 * Builds the `faxdesk` command line into out/cli/faxdesk.js, with its document worker beside it;
 * dependencies stay in node_modules.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: {
        faxdesk: resolve(import.meta.dirname, 'main/cli/index.ts'),
        // Reads dropped files in a worker thread (main/engine/documents/processor.ts).
        'document-worker': resolve(import.meta.dirname, 'main/engine/documents/worker-entry.ts'),
      },
      output: {
        entryFileNames: '[name].js',
        banner: (chunk) => (chunk.name === 'faxdesk' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
