/**
 * OCR of received faxes as Faxdesk runs it — each fax read through the document reader
 * process, pdf.js taking out the page image and tesseract reading it — against tesseract.js
 * alone on the same page images, in this process, in the same run. The pages come from the
 * sandbox's scanned-fax generator: a dense full page of text at fax resolution (a memo), an
 * invoice and a lab result. The target is an overhead within 1.2×.
 *
 * Then memory: the reader's peak resident size reading the dense page with a fresh reader,
 * against its peak reading a page of typed text (pdf.js alone, no OCR) — the difference is
 * tesseract's share — and against the reader's budget.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { forkReaderLauncher } from '../../main/engine/documents/fork-reader';
import { READER_MEMORY_BYTES } from '../../main/engine/documents/limits';
import { startTesseract } from '../../main/engine/documents/ocr-engine';
import { readerProcessor, type ReadReport } from '../../main/engine/documents/processor';
import type { SourceFile } from '../../main/engine/documents';
import { bilevelPng } from '../../main/sandbox/scan/bilevel-png';
import { scannedFax } from '../../main/sandbox/scan/scanned-fax';
import { compared, interleavedMediansMs, type BenchResult } from './measure';

const MB = 1024 * 1024;

export async function ocrBench(): Promise<BenchResult[]> {
  const readerFile = resolve(process.cwd(), 'out/cli/document-reader.js');
  if (!existsSync(readerFile)) {
    console.warn(`*** ocr: skipped: ${readerFile} is missing; run \`npm run build\` first. ***`);
    return [];
  }
  const launcher = forkReaderLauncher(pathToFileURL(readerFile));
  const log = (message: string) => console.warn(message);

  const faxes = [
    scannedFax({ seed: 5, kind: 'memo' }),
    scannedFax({ seed: 0, kind: 'invoice' }),
    scannedFax({ seed: 3, kind: 'lab-result' }),
  ];
  const files: SourceFile[] = faxes.map((fax, i) => ({ name: `fax-${i + 1}.pdf`, bytes: fax.pdf }));
  const images = faxes.map((fax) => bilevelPng(fax.images[0]!));

  const reader = readerProcessor(launcher, { log });
  const tesseract = await startTesseract();
  let readWords = 0;
  const time = await interleavedMediansMs(
    async () => {
      for (const file of files) readWords += words((await reader.readText(file)).map((p) => p.text).join(' '));
    },
    async () => {
      for (const image of images) await tesseract.recognize(image, {}, { text: true });
    },
    3,
  );
  await tesseract.terminate();
  await reader.close();

  const dense = await peakOf(launcher, log, files[0]!);
  const typed = await peakOf(launcher, log, { name: 'letter.pdf', bytes: await typedPage() });
  return [
    compared(
      `ocr: ${files.length} received pages through the reader`,
      time.subject,
      time.baseline,
      'ms',
      `vs tesseract.js alone on the same images; target ≤ 1.2×; ${Math.round(readWords / 4)} words a run`,
    ),
    {
      ...compared('ocr: reader peak RSS, dense page', dense / MB, typed / MB, 'MB'),
      note: `vs a typed page (no OCR): tesseract’s share ${Math.round((dense - typed) / MB)} MB; budget ${READER_MEMORY_BYTES / MB} MB`,
    },
  ];
}

/** A fresh reader's peak while it reads one file's words. */
async function peakOf(
  launcher: ReturnType<typeof forkReaderLauncher>,
  log: (message: string) => void,
  file: SourceFile,
): Promise<number> {
  const reports: ReadReport[] = [];
  const fresh = readerProcessor(launcher, { log, onRead: (report) => reports.push(report) });
  await fresh.readText(file);
  await fresh.close();
  return reports.find((report) => report.op === 'text')?.peakRssBytes ?? Number.NaN;
}

async function typedPage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = doc.embedStandardFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  for (let line = 0; line < 50; line++) {
    page.drawText(`Line ${line + 1}: the quick brown fox jumps over the lazy dog.`, {
      x: 50,
      y: 740 - line * 13,
      size: 10,
      font,
    });
  }
  return doc.save();
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
