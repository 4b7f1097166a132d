/**
 * Preparing documents for fax against pdf-lib's bare load + save of the same files: a 50-page
 * scanned PDF (one large image per page) and a 300-page text PDF. The target is an overhead
 * within 1.5×.
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
import { inlineProcessor, workerProcessor } from '../../main/engine/documents/processor';
import { compared, interleavedMediansMs, type BenchResult } from './measure';

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
  results.push(...(await workerBench(await scannedPdf(50))));
  return results;
}

/** What reading files in the app's worker thread costs over reading them in-process. */
async function workerBench(scan: Uint8Array): Promise<BenchResult[]> {
  const workerFile = resolve(process.cwd(), 'out/cli/document-worker.js');
  if (!existsSync(workerFile)) {
    console.warn(`*** documents: worker rows skipped: ${workerFile} is missing; run \`npm run build\` first. ***`);
    return [];
  }
  const worker = workerProcessor(pathToFileURL(workerFile), (message) => console.warn(message));
  const inline = inlineProcessor();
  const file = { name: 'scan.pdf', bytes: scan };
  const inspect = await interleavedMediansMs(
    () => worker.inspect(file),
    () => inline.inspect(file),
    30,
  );
  const prepare = await interleavedMediansMs(
    () => worker.prepare([file], { paper: 'letter' }),
    () => inline.prepare([file], { paper: 'letter' }),
  );
  return [
    compared(
      'documents: inspect a 50-page scan in the worker',
      inspect.subject,
      inspect.baseline,
      'ms',
      'vs in-process',
    ),
    compared('documents: prepare it in the worker', prepare.subject, prepare.baseline, 'ms', 'vs in-process'),
  ];
}
