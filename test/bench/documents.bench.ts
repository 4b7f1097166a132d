/**
 * Preparing documents for fax against pdf-lib's bare load + save of the same files: a 50-page
 * scanned PDF (one large image per page) and a 300-page text PDF. The target is an overhead
 * within 1.5×.
 *
 * Then the reader process: what reading in it costs over reading in-process (a warm reader,
 * and the start of a fresh one), and its peak resident memory on the worst of the crafted
 * hostile files against its peak on an ordinary 50-page scan, each read by a fresh reader.
 */
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  PDFName,
  PDFRawStream,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
} from '@cantoo/pdf-lib';
import { PDFDocument as BarePdfLib } from 'pdf-lib';
import { prepareDocument } from '../../main/engine/documents';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { forkReaderLauncher } from '../../main/engine/documents/fork-reader';
import { inlineProcessor, readerProcessor, type ReadReport } from '../../main/engine/documents/processor';
import type { SourceFile } from '../../main/engine/documents';
import { craftedFiles } from '../fixtures/documents/crafted-files';
import { READER_MEMORY_BYTES } from '../../main/engine/documents/limits';
import { compared, interleavedMediansMs, medianMs, type BenchResult } from './measure';

/** Pages that are each one full-page greyscale JPEG-like image, as a scanner makes them. */
async function scannedPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  let seed = 7;
  for (let p = 0; p < pages; p++) {
    const data = new Uint8Array(300_000);
    for (let i = 0; i < data.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      data[i] = seed >>> 24;
    }
    const image = doc.context.register(
      PDFRawStream.of(
        doc.context.obj({
          Type: 'XObject',
          Subtype: 'Image',
          Width: 1700,
          Height: 2200,
          ColorSpace: 'DeviceGray',
          BitsPerComponent: 8,
          Filter: 'DCTDecode',
        }),
        data,
      ),
    );
    const page = doc.addPage([612, 792]);
    page.node.setXObject(PDFName.of('Scan'), image);
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(612, 0, 0, 792, 0, 0),
      drawObject('Scan'),
      popGraphicsState(),
    );
  }
  return doc.save();
}

async function textPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = doc.embedStandardFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    for (let line = 0; line < 50; line++) {
      page.drawText(`Page ${p + 1}, line ${line + 1}: the quick brown fox jumps over the lazy dog.`, {
        x: 50,
        y: 740 - line * 13,
        size: 10,
        font,
      });
    }
  }
  return doc.save();
}

export async function documentsBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const [name, bytes] of [
    ['documents: 50-page scanned PDF', await scannedPdf(50)],
    ['documents: 300-page text PDF', await textPdf(300)],
  ] as const) {
    const { subject: ours, baseline: bare } = await interleavedMediansMs(
      () => prepareDocument([{ name: 'bench.pdf', bytes }], { paper: 'letter' }),
      async () => (await BarePdfLib.load(bytes)).save(),
    );
    results.push(compared(name, ours, bare, 'ms', 'vs pdf-lib load+save; target ≤ 1.5×'));
  }
  results.push(...(await readerBench(await scannedPdf(50))));
  return results;
}

const MB = 1024 * 1024;

/** What reading files in the reader process costs over reading them in-process, in time and memory. */
async function readerBench(scan: Uint8Array): Promise<BenchResult[]> {
  const readerFile = resolve(process.cwd(), 'out/cli/document-reader.js');
  if (!existsSync(readerFile)) {
    console.warn(`*** documents: reader rows skipped: ${readerFile} is missing; run \`npm run build\` first. ***`);
    return [];
  }
  const launcher = forkReaderLauncher(pathToFileURL(readerFile));
  const log = (message: string) => console.warn(message);
  const inline = inlineProcessor();
  const file = { name: 'scan.pdf', bytes: scan };

  const reader = readerProcessor(launcher, { log });
  const inspect = await interleavedMediansMs(
    () => reader.inspect(file),
    () => inline.inspect(file),
    30,
  );
  const prepare = await interleavedMediansMs(
    () => reader.prepare([file], { paper: 'letter' }),
    () => inline.prepare([file], { paper: 'letter' }),
  );
  await reader.close();

  // Start-up: a fresh reader for every file (the first file after a quiet minute) against in-process.
  const letter = { name: 'letter.pdf', bytes: await textPdf(1) };
  const cold = await medianMs(async () => {
    const fresh = readerProcessor(launcher, { log });
    await fresh.inspect(letter);
    await fresh.close();
  }, 9);
  const warm = await medianMs(() => inline.inspect(letter), 9);

  // Memory: each file read by a fresh reader, so the peak is that file's.
  const peakOf = async (source: SourceFile): Promise<number> => {
    const reports: ReadReport[] = [];
    const fresh = readerProcessor(launcher, { log, onRead: (report) => reports.push(report) });
    await fresh.prepare([source], { paper: 'letter' }).catch(() => undefined);
    await fresh.close();
    return reports[0]?.peakRssBytes ?? Number.NaN;
  };
  const ordinary = await peakOf(file);
  let worst = { title: '', peak: 0 };
  for (const crafted of craftedFiles()) {
    const peak = await peakOf(crafted);
    if (peak > worst.peak) worst = { title: crafted.title, peak };
  }

  return [
    compared(
      'documents: inspect a 50-page scan in the reader',
      inspect.subject,
      inspect.baseline,
      'ms',
      'vs in-process',
    ),
    compared('documents: prepare it in the reader', prepare.subject, prepare.baseline, 'ms', 'vs in-process'),
    compared(
      'documents: start a reader and inspect a 1-page PDF',
      cold,
      warm,
      'ms',
      'vs in-process; paid once per burst of files',
    ),
    {
      ...compared('documents: reader peak RSS, worst crafted file', worst.peak / MB, ordinary / MB, 'MB', ''),
      note: `${worst.title}; vs a 50-page scan; budget ${READER_MEMORY_BYTES / MB} MB`,
    },
  ];
}
