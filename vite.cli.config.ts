/**
 * Builds the `faxdesk` command line into out/cli/faxdesk.js, with its document reader beside it;
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
        // The document reader process the CLI forks (main/engine/documents/processor.ts).
        'document-reader': resolve(import.meta.dirname, 'main/engine/documents/reader-entry.ts'),
      },
      output: {
        entryFileNames: '[name].js',
        banner: (chunk) => (chunk.name === 'faxdesk' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
