/**
 * The words of a document, page by page (document-text.ts): a PDF's text layer comes back as
 * it is, a page without one is read by OCR, a page with no words says so, and a received fax
 * that is not a readable PDF, or is hostile, is refused in the words a dropped file gets —
 * in the built reader, within its budget. The reader's answer is checked before it is
 * believed, and nothing is fetched while reading: the proof runs the reader with no network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { forkReaderLauncher } from '../../../main/engine/documents/fork-reader';
import { READER_MEMORY_BYTES } from '../../../main/engine/documents/limits';
import { inlineProcessor, readerProcessor, type ReadReport } from '../../../main/engine/documents/processor';
import { scannedFax } from '../../../main/sandbox/scan/scanned-fax';
import { contentBombPdf } from '../../fixtures/documents/crafted-files';
import { expectDocumentError } from '../../fixtures/documents/expect-document-error';
import { makePng } from '../../fixtures/documents/png-fixtures';
import { blankScan, hugeImagePdf, scannedPdf } from '../../fixtures/documents/scanned-pdf';

const root = resolve(import.meta.dirname, '../../..');
const builtReader = resolve(root, 'out/cli/document-reader.js');
const MB = 1024 * 1024;

/** Pages of typed text, as a PDF made on a computer has them. */
async function typedPdf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = doc.embedStandardFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([612, 792]);
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 700 - i * 16, size: 12, font }));
  }
  return doc.save();
}

const inline = inlineProcessor();
afterAll(() => inline.close());

describe('the words of a document, in-process', () => {
  it('gives each page’s text layer, page by page', async () => {
    const bytes = await typedPdf([
      ['Invoice 4471 from Northside Clinic', 'Amount due: 1,200.00 USD by 15 December'],
      [],
      ['Terms and conditions of the referral agreement', 'signed by both parties on 2 November'],
    ]);
    await expect(inline.readText({ name: 'invoice.pdf', bytes })).resolves.toEqual([
      {
        page: 1,
        text: 'Invoice 4471 from Northside Clinic\nAmount due: 1,200.00 USD by 15 December',
        source: 'layer',
      },
      { page: 2, text: '', source: 'none' },
      {
        page: 3,
        text: 'Terms and conditions of the referral agreement\nsigned by both parties on 2 November',
        source: 'layer',
      },
    ]);
  });

  it('reads a scanned page with nothing on it as a page with no words, without failing', async () => {
    const bytes = scannedPdf([blankScan()], 'flate');
    await expect(inline.readText({ name: 'fax.pdf', bytes })).resolves.toEqual([{ page: 1, text: '', source: 'none' }]);
  });

  it('refuses what is not a readable PDF in the words a dropped file gets', async () => {
    await expectDocumentError(
      inline.readText({ name: 'fax.png', bytes: makePng({ width: 20, height: 20, colorType: 0 }) }),
      'unsupported_type',
      'fax.png',
      /^fax\.png is a PNG image, not a PDF; Faxdesk reads the words of PDFs only\.$/,
    );
    const whole = await typedPdf([['Invoice 4471']]);
    await expectDocumentError(
      inline.readText({ name: 'fax.pdf', bytes: whole.subarray(0, whole.length - 200) }),
      'truncated',
      'fax.pdf',
      /is incomplete: the end of the file is missing/,
    );
    await expectDocumentError(
      inline.readText({ name: 'fax.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog') }),
      'truncated',
      'fax.pdf',
    );
  });
});

describe('the words of a document, in the built reader', () => {
  it('exists: `npm test` builds before it runs these tests (run `npm run build` first otherwise)', () => {
    expect(existsSync(builtReader), `${builtReader} is missing`).toBe(true);
  });

  const reading = () => {
    const reports: ReadReport[] = [];
    const reader = readerProcessor(forkReaderLauncher(pathToFileURL(builtReader)), {
      log: vi.fn(),
      onRead: (report) => reports.push(report),
    });
    return { reader, reports };
  };

  it('reads a scanned fax page by OCR and finds its words', async () => {
    const fax = scannedFax({ seed: 0, kind: 'invoice' });
    const { reader, reports } = reading();
    try {
      const [page, ...more] = await reader.readText({ name: 'fax.pdf', bytes: fax.pdf });
      expect(more).toEqual([]);
      expect(page).toMatchObject({ page: 1, source: 'ocr' });
      expect(page?.text).toContain('Invoice 4471');
      expect(page?.text).toContain(fax.sender.name);
      expect(page?.text).toMatch(/Total due\W{0,4}\$2,630\.08/);
    } finally {
      await reader.close();
    }
    const text = reports.find((r) => r.op === 'text');
    console.log(`one scanned page: reader peak ${Math.round((text?.peakRssBytes ?? 0) / MB)} MB, ${text?.ms} ms`);
    expect(text?.peakRssBytes ?? 0).toBeLessThan(READER_MEMORY_BYTES);
  }, 120_000);

  it('refuses a page image of 100,000 × 100,000 pixels in words, before decoding it', async () => {
    const { reader, reports } = reading();
    try {
      await expectDocumentError(
        reader.readText({ name: 'fax.pdf', bytes: hugeImagePdf(100_000, 100_000) }),
        'too_large',
        'fax.pdf',
        /^fax\.pdf is an image of 100000 × 100000 pixels, too large to fax\./,
      );
    } finally {
      await reader.close();
    }
    expect(reports.map((r) => [r.op, r.outcome])).toEqual([
      ['inspect', 'done'],
      ['text', 'refused'],
    ]);
    expect(reports[1]?.peakRssBytes ?? 0).toBeLessThan(READER_MEMORY_BYTES);
  });

  it('refuses a page whose content inflates to 2 GB in words, within the reader’s budget', async () => {
    const { reader, reports } = reading();
    try {
      await expectDocumentError(
        reader.readText({ name: 'fax.pdf', bytes: contentBombPdf(1, [1024 * MB, 1024 * MB]) }),
        'too_complex',
        'fax.pdf',
        /^fax\.pdf needed more memory than Faxdesk allows/,
      );
    } finally {
      await reader.close();
    }
    const text = reports.find((r) => r.op === 'text');
    console.log(`content bomb: reader peak ${Math.round((text?.peakRssBytes ?? 0) / MB)} MB, ${text?.ms} ms`);
    expect(text?.outcome).toBe('refused');
    expect(text?.peakRssBytes ?? 0).toBeLessThan(READER_MEMORY_BYTES);
  });

  it('refuses an answer that is not a document’s words', async () => {
    const wrong = pathToFileURL(resolve(root, 'test/fixtures/documents/readers/wrong-text-reader.mjs'));
    const reader = readerProcessor(forkReaderLauncher(wrong), { log: vi.fn() });
    try {
      await expect(reader.readText({ name: 'fax.pdf', bytes: await typedPdf([[], []]) })).rejects.toThrow(
        'The document reader answered with something that is not a document’s words',
      );
    } finally {
      await reader.close();
    }
  });

  it.runIf(process.platform === 'linux')(
    'fetches nothing: OCR starts and reads a fax with no network at all',
    () => {
      // A network namespace of its own has no interface but a downed loopback: any fetch fails.
      if (spawnSync('unshare', ['-rn', 'true']).status !== 0) {
        console.warn('*** unshare -rn is not allowed here: the no-network proof did not run ***');
        return;
      }
      const folder = mkdtempSync(join(tmpdir(), 'faxdesk-offline-'));
      const file = join(folder, 'fax.pdf');
      writeFileSync(file, scannedPdf([blankScan()], 'g4'));
      const driver = resolve(root, 'test/fixtures/documents/read-words-offline.mjs');
      const run = spawnSync('unshare', ['-rn', process.execPath, driver, builtReader, file], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      const answer = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { type?: string; value?: unknown };
      expect(answer, run.stderr).toMatchObject({ type: 'done', value: [{ page: 1, text: '', source: 'none' }] });
    },
    60_000,
  );
});
