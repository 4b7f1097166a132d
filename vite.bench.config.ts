/** Builds the benchmarks (test/bench/run.ts) into one Node script, outside the shipped app. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: resolve(import.meta.dirname, 'test/bench/run.ts'),
    outDir: 'node_modules/.cache/faxdesk-bench',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'bench.js' } },
  },
});
