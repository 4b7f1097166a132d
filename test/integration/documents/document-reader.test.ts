/**
 * Reading documents in the reader process: the built reader gives exactly what the
 * in-process code gives, a stuck, greedy or crashing reader is stopped and the file refused
 * in plain words (and the next file gets a fresh reader), and a reader that cannot start
 * at all refuses files rather than reading them here.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { forkReaderLauncher } from '../../../main/engine/documents/fork-reader';
import {
  DEFAULT_READER_LIMITS,
  inlineProcessor,
  readerProcessor,
  type ReadReport,
} from '../../../main/engine/documents/processor';
import type { SourceFile } from '../../../main/engine/documents';
import type { ReaderExit } from '../../../main/engine/documents/reader-port';
import { OVER_MEMORY_MARK } from '../../../main/engine/documents/reader-protocol';
import { FaxdeskError } from '../../../main/engine/errors';
import { makeJpeg } from '../../fixtures/documents/jpeg-fixtures';
import { makePng } from '../../fixtures/documents/png-fixtures';
import { makeTiff } from '../../fixtures/documents/tiff-fixtures';
import { textPdf } from '../../support/pdf-samples';

const root = resolve(import.meta.dirname, '../../..');
const builtReader = pathToFileURL(resolve(root, 'out/cli/document-reader.js'));
const testReader = (name: string) => pathToFileURL(resolve(root, 'test/fixtures/documents/readers', name));

describe('the built document reader', () => {
  it('exists: `npm test` builds before it runs these tests (run `npm run build` first otherwise)', () => {
    expect(existsSync(builtReader), `${builtReader.pathname} is missing`).toBe(true);
  });

  it('inspects and prepares ordinary documents exactly as the in-process code does', async () => {
    const log = vi.fn();
    const reports: ReadReport[] = [];
    const reader = readerProcessor(forkReaderLauncher(builtReader), { log, onRead: (r) => reports.push(r) });
    const inline = inlineProcessor();
    const files: SourceFile[] = [
      { name: 'letter.pdf', bytes: await textPdf(3) },
      { name: 'chart.png', bytes: makePng({ width: 300, height: 200, colorType: 6 }) },
      { name: 'photo.jpg', bytes: makeJpeg({ width: 320, height: 240 }) },
      {
        name: 'fax.tif',
        bytes: makeTiff([
          { width: 1728, height: 400, kind: 'g4' },
          { width: 800, height: 600, kind: 'gray' },
        ]),
      },
    ];
    try {
      for (const file of files) await expect(reader.inspect(file)).resolves.toEqual(await inline.inspect(file));

      const cover = {
        to: { name: 'Northside Clinic', number: '+12025550100' },
        from: { number: '+12025550180' },
        subject: 'Referral',
        date: new Date(Date.UTC(2026, 10, 27, 10, 42)),
        timeZone: 'UTC',
        confidentialityNotice: null,
      };
      const options = { paper: 'letter' as const, cover };
      const [inReader, inProcess] = await Promise.all([reader.prepare(files, options), inline.prepare(files, options)]);
      expect(inReader.pages).toBe(1 + 3 + 1 + 1 + 2);
      expect(inReader.sha256).toBe(inProcess.sha256);
      expect(Buffer.from(inReader.pdf).equals(Buffer.from(inProcess.pdf))).toBe(true);
      expect(log).not.toHaveBeenCalled();
      // One reader served every task, and says how much memory it took.
      expect(reports.map((r) => r.outcome)).toEqual(['done', 'done', 'done', 'done', 'done']);
      for (const report of reports) expect(report.peakRssBytes).toBeGreaterThan(10 * 1024 * 1024);
    } finally {
      await reader.close();
    }
  });

  it('counts only its own memory when forked from a large process (not the pages it started with)', async () => {
    // On Linux a forked child's getrusage maxRSS keeps its parent's resident size from before
    // exec; a reader judged by it would refuse a one-page letter sent from a busy process.
    const ballast = Buffer.alloc(640 * 1024 * 1024, 1);
    const reports: ReadReport[] = [];
    const reader = readerProcessor(forkReaderLauncher(builtReader), { log: vi.fn(), onRead: (r) => reports.push(r) });
    try {
      await expect(reader.inspect({ name: 'letter.pdf', bytes: await textPdf(1) })).resolves.toMatchObject({
        pages: 1,
      });
      expect(ballast[ballast.length - 1]).toBe(1);
      const peak = reports[0]?.peakRssBytes ?? 0;
      expect(peak).toBeGreaterThan(0);
      expect(peak).toBeLessThan(DEFAULT_READER_LIMITS.memoryBytes);
    } finally {
      await reader.close();
    }
  });

  it('refuses a damaged file with the same words as in-process', async () => {
    const damaged = { name: 'scan.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog') };
    const reader = readerProcessor(forkReaderLauncher(builtReader), { log: vi.fn() });
    const fromReader = await reader.inspect(damaged).catch((error: unknown) => error);
    await reader.close();
    const inProcess = await inlineProcessor()
      .inspect(damaged)
      .catch((error: unknown) => error);
    expect(fromReader).toMatchObject({ name: 'DocumentError', message: (inProcess as Error).message });
    expect((fromReader as Error).message).toMatch(/^scan\.pdf /);
  });

  it('gets none of this process’s environment: no API key, no NODE_OPTIONS', async () => {
    // NODE_OPTIONS could load code into the reader; a key has no business there.
    const saved = { key: process.env['TELNYX_API_KEY'], options: process.env['NODE_OPTIONS'] };
    process.env['TELNYX_API_KEY'] = 'KEY-SECRET';
    process.env['NODE_OPTIONS'] = '--require /nonexistent/inject.cjs';
    try {
      const reader = readerProcessor(forkReaderLauncher(builtReader), { log: vi.fn() });
      // With NODE_OPTIONS passed on, the reader would fail to start and this would be refused.
      await expect(reader.inspect({ name: 'letter.pdf', bytes: await textPdf(1) })).resolves.toEqual({
        kind: 'pdf',
        pages: 1,
      });
      await reader.close();
    } finally {
      restore('TELNYX_API_KEY', saved.key);
      restore('NODE_OPTIONS', saved.options);
    }
  });
});

describe('limits', () => {
  const file = { name: 'hostile.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) };

  it('stops a file that takes too long, and says so', async () => {
    const limits = { ...DEFAULT_READER_LIMITS, msPerFile: 1000 };
    const started = Date.now();
    const reader = readerProcessor(forkReaderLauncher(testReader('stuck-reader.mjs')), { log: vi.fn(), limits });
    await expect(reader.inspect(file)).rejects.toMatchObject({
      code: 'too_complex',
      message: expect.stringMatching(/^hostile\.pdf took too long to read, so Faxdesk stopped; it may be damaged/),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.runIf(process.platform === 'linux')(
    'stops a reader whose memory passes its budget, and says so (the watchdog reads the OS’s count)',
    async () => {
      const limits = { ...DEFAULT_READER_LIMITS, memoryBytes: 256 * 1024 * 1024 };
      const reports: ReadReport[] = [];
      const reader = readerProcessor(forkReaderLauncher(testReader('hungry-reader.mjs')), {
        log: vi.fn(),
        limits,
        onRead: (r) => reports.push(r),
      });
      await expect(reader.prepare([file, file], { paper: 'a4' })).rejects.toMatchObject({
        code: 'too_complex',
        message: expect.stringMatching(/^These files needed more memory than Faxdesk allows; one of them may be/),
      });
      expect(reports[0]).toMatchObject({ outcome: 'memory' });
      // Stopped soon after the budget, not when the machine ran out.
      expect(reports[0]?.peakRssBytes).toBeLessThan(limits.memoryBytes + 256 * 1024 * 1024);
    },
  );

  it('stops a reader whose JavaScript heap fills up, and says so', async () => {
    const limits = { ...DEFAULT_READER_LIMITS, memoryBytes: 96 * 1024 * 1024 };
    const reader = readerProcessor(forkReaderLauncher(testReader('heap-hungry-reader.mjs')), { log: vi.fn(), limits });
    await expect(reader.inspect(file)).rejects.toMatchObject({
      code: 'too_complex',
      message: expect.stringMatching(/^hostile\.pdf needed more memory than Faxdesk allows/),
    });
  });

  it('takes a reader that ends itself for memory (its guard) as a file that needed too much memory', async () => {
    const reader = readerProcessor(forkReaderLauncher(testReader('self-stopping-reader.mjs')), { log: vi.fn() });
    await expect(reader.inspect(file)).rejects.toMatchObject({
      code: 'too_complex',
      message: expect.stringMatching(/^hostile\.pdf needed more memory than Faxdesk allows/),
    });
  });

  it('has a guard of its own: the built reader ends itself, saying why, once past its memory budget', async () => {
    // Below what the reader needs just to load its code, so its guard fires at once.
    const started = forkReaderLauncher(builtReader).launch({ memoryBytes: 32 * 1024 * 1024 });
    const exit = await new Promise<ReaderExit>((resolve) => started.on('exit', resolve));
    expect(exit.signal).toBe('SIGKILL');
    expect(exit.stderr).toContain(OVER_MEMORY_MARK);
  });

  it('says in plain words when the reader dies on a file, and reads the next one with a fresh reader', async () => {
    const log = vi.fn();
    const launcher = forkReaderLauncher(testReader('crashing-reader.mjs'));
    const launch = vi.spyOn(launcher, 'launch');
    const reader = readerProcessor(launcher, { log });
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(reader.inspect(file)).rejects.toMatchObject({
        code: 'too_complex',
        message: expect.stringMatching(/^hostile\.pdf made Faxdesk’s document reader fail; it may be damaged/),
      });
    }
    expect(launch).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0]?.[0]).toMatch(/ended while reading \(code 70\)/);
  });

  it('refuses files, and logs it once, when no reader can start: a stranger’s file is never read here', async () => {
    const log = vi.fn();
    const reader = readerProcessor(forkReaderLauncher(testReader('no-such-reader.mjs')), { log });
    const letter = { name: 'letter.pdf', bytes: await textPdf(2) };
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await reader.inspect(letter).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FaxdeskError);
      expect(error).toMatchObject({
        code: 'installation_incomplete',
        message:
          'Faxdesk’s document reader could not start, so letter.pdf was not read. Quit Faxdesk and open it ' +
          'again; if this keeps happening, reinstall Faxdesk.',
      });
    }
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/could not start; files are refused until it can/);
  });
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
