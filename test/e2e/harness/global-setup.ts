/**
 * Builds the page-side bridge (page-bridge.ts) into one classic script the test pages load
 * before the app, and checks the renderer and the document reader have been built.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

export const harnessDir = resolve(import.meta.dirname, '../../../node_modules/.cache/faxdesk-e2e');
export const rendererDir = resolve(import.meta.dirname, '../../../out/renderer');
/** The app's document reader, run as a child process, so the page's files are read as in the app. */
export const documentReader = resolve(import.meta.dirname, '../../../out/main/document-reader.js');

export default async function globalSetup(): Promise<void> {
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the browser tests.');
  }
  if (!existsSync(documentReader)) {
    throw new Error('out/main/document-reader.js is missing: run `npm run build` before the browser tests.');
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: harnessDir,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, 'page-bridge.ts'),
        formats: ['iife'],
        name: 'faxdeskPageBridge',
        fileName: () => 'page-bridge.js',
      },
    },
  });
}
