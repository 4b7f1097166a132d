/**
 * The crafted files of the issue, read by the built reader process as the CLI and the app
 * read them: each is refused in plain words or, where it is really a fax, sent — and either
 * way the reader stays within its budget (peak resident memory ≤ 512 MB, ≤ 30 s) and this
 * process, which stands for the app or the CLI, grows by less than 100 MB while it is read.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forkReaderLauncher } from '../../../main/engine/documents/fork-reader';
import { READER_MEMORY_BYTES, READER_MS_PER_FILE } from '../../../main/engine/documents/limits';
import { readerProcessor, type ReadReport } from '../../../main/engine/documents/processor';
import { craftedFiles, type CraftedFile } from '../../fixtures/documents/crafted-files';

const builtReader = pathToFileURL(resolve(import.meta.dirname, '../../../out/cli/document-reader.js'));
const MB = 1024 * 1024;

/** What each should come to: sent with so many pages, or refused with this code and these words. */
const expected: Record<string, { pages: number } | { code: string; words: RegExp }> = {
  'poster.png': { pages: 1 },
  'statement.pdf': { code: 'too_complex', words: /^statement\.pdf needed more memory than Faxdesk allows; it may be/ },
  'invoice.pdf': { code: 'too_complex', words: /^invoice\.pdf needed more memory than Faxdesk allows; it may be/ },
  'scan.tif': { code: 'corrupt', words: /^scan\.tif is damaged and cannot be read as a TIFF image\./ },
  'logo.png': { code: 'corrupt', words: /^logo\.png is damaged and cannot be read as a PNG image\./ },
  'banner.png': {
    code: 'unsupported_type',
    words: /^banner\.png is a PNG image stored in a way .*\(an animated image\)/,
  },
  'fax.tif': { pages: 350 },
};

describe('hostile files, read by the reader process', () => {
  for (const file of craftedFiles()) {
    it(`${file.title} (${kilobytes(file)} KB): ${outcomeOf(expected[file.name])}, within budget`, async () => {
      const reports: ReadReport[] = [];
      // A fresh reader for each file, so its peak is this file's.
      const reader = readerProcessor(forkReaderLauncher(builtReader), {
        log: () => undefined,
        onRead: (report) => reports.push(report),
      });
      const growth = watchGrowth();
      try {
        const outcome = await reader.prepare([file], { paper: 'letter' }).then(
          (fax) => ({ pages: fax.pages }),
          (error: unknown) => ({ code: (error as { code?: string }).code, words: (error as Error).message }),
        );
        const want = expected[file.name];
        if (want && 'pages' in want) expect(outcome).toEqual({ pages: want.pages });
        else {
          expect(outcome).toMatchObject({ code: want?.code });
          expect((outcome as { words: string }).words).toMatch(want?.words ?? /^$/);
        }
      } finally {
        await reader.close();
      }
      const grew = growth.stop();
      const [report] = reports;
      console.log(
        `${file.title}: reader peak ${Math.round((report?.peakRssBytes ?? 0) / MB)} MB, ` +
          `${report?.ms} ms; this process grew ${Math.round(grew / MB)} MB`,
      );
      if (process.platform === 'linux') expect(report?.peakRssBytes).not.toBeNull();
      expect(report?.peakRssBytes ?? 0).toBeLessThanOrEqual(READER_MEMORY_BYTES);
      expect(report?.ms).toBeLessThan(READER_MS_PER_FILE);
      expect(grew).toBeLessThan(100 * MB);
    }, 60_000);
  }
});

/** Samples this process's resident memory until stopped; returns how far it rose above where it started. */
function watchGrowth(): { stop(): number } {
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss()) - start;
    },
  };
}

function kilobytes(file: CraftedFile): number {
  return Math.round(file.bytes.length / 1024);
}

function outcomeOf(want: (typeof expected)[string] | undefined): string {
  if (!want) return 'unknown';
  return 'pages' in want ? `sent as ${want.pages} page${want.pages === 1 ? '' : 's'}` : `refused (${want.code})`;
}
