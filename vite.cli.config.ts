/** Builds the `faxdesk` command line into out/cli/faxdesk.js; dependencies stay in node_modules. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'main/cli/index.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      output: { entryFileNames: 'faxdesk.js', banner: '#!/usr/bin/env node' },
    },
  },
});
