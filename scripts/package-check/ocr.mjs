// Does the packed app read a received fax's words? (see ../package-check.mjs)
import { fork } from 'node:child_process';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';

/**
 * What reading a document's words needs from the package (main/engine/documents/ocr-engine.ts
 * and pdfjs-loader.ts), each with what it is for. tesseract.js 7 in Node loads one core build:
 * the relaxed-SIMD one where WebAssembly SIMD works, the plain one elsewhere (never an -lstm
 * build; see electron-builder.yml).
 */
export const OCR_FILES = [
  ['node_modules/tesseract.js-core/tesseract-core-relaxedsimd.js', 'the OCR core (WebAssembly SIMD)'],
  ['node_modules/tesseract.js-core/tesseract-core-relaxedsimd.wasm', 'the OCR core (WebAssembly SIMD)'],
  ['node_modules/tesseract.js-core/tesseract-core.js', 'the OCR core (without SIMD)'],
  ['node_modules/tesseract.js-core/tesseract-core.wasm', 'the OCR core (without SIMD)'],
  ['node_modules/tesseract.js/src/worker-script/node/index.js', "tesseract.js's worker thread"],
  ['node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', 'the English OCR data'],
  ['node_modules/pdfjs-dist/legacy/build/pdf.mjs', 'pdf.js for the reader'],
  ['node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs', "pdf.js's parser, run in the reader's thread"],
];

/** What must not ship alongside them, each a name for people and a path test. */
export const OCR_FORBIDDEN = [
  [
    'tesseract.js-core builds the reader never loads',
    (path) =>
      /node_modules\/tesseract\.js-core\/(tesseract-core-(simd|lstm|simd-lstm|relaxedsimd-lstm)\.(js|wasm)|.*\.wasm\.js)$/.test(
        path,
      ),
  ],
  [
    "OCR data for tesseract's legacy engine (eng/4.0.0)",
    (path) => /node_modules\/@tesseract\.js-data\/eng\/4\.0\.0\//.test(path),
  ],
  [
    'pdf.js files the main process never loads (the page bundles its own)',
    (path) =>
      /node_modules\/pdfjs-dist\//.test(path) &&
      !/node_modules\/pdfjs-dist\/(package\.json|LICENSE|legacy\/build\/pdf(\.worker)?\.mjs)$/.test(path),
  ],
  [
    '@napi-rs/canvas (an optional dependency of pdf.js that Faxdesk does not use)',
    (path) => /node_modules\/@napi-rs\//.test(path),
  ],
];

/**
 * Runs the packed document reader (out/main/document-reader.js, from the extracted copy) in Node
 * and asks it for the words of a one-page fax: pdf.js opens it, and tesseract starts with the
 * packed core and data to read its page. Returns the problems found, as sentences.
 */
export async function checkOcrRuns(copy) {
  const fax = await blankFax();
  return new Promise((resolve) => {
    const reader = fork(`${copy}/out/main/document-reader.js`, ['--memory-bytes=536870912'], {
      cwd: copy,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    reader.stderr.on('data', (chunk) => (stderr += chunk));
    const finish = (problems) => {
      clearTimeout(timer);
      reader.kill();
      resolve(problems);
    };
    const timer = setTimeout(() => finish(['the packed reader did not read a fax page within 120 s']), 120_000);
    reader.on('exit', (code) =>
      finish([`the packed reader ended (code ${code}) before reading a fax page: ${stderr.trim()}`]),
    );
    reader.on('message', (message) => {
      if (message.type === 'ready') {
        reader.send({ type: 'task', id: 1, task: { op: 'text', file: { name: 'fax.pdf', bytes: fax } } });
      } else if (message.type === 'done') {
        console.log('the packed reader read a fax page with pdf.js and tesseract');
        finish([]);
      } else if (message.type === 'failed') {
        finish([`the packed reader could not read a fax page: ${message.text}`]);
      }
    });
  });
}

/** A one-page PDF whose page is a white 1-bit scan at fax resolution, enough to start OCR. */
async function blankFax() {
  const [width, height] = [1728, 2200];
  const doc = await PDFDocument.create();
  const pixels = new Uint8Array(((width + 7) >> 3) * height).fill(0xff);
  const scan = doc.context.register(
    doc.context.flateStream(pixels, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: width,
      Height: height,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 1,
    }),
  );
  // The page is the scan, as a fax machine's is: one image drawn over the whole sheet.
  const page = doc.addPage([612, 792]);
  page.node.setXObject(PDFName.of('Scan'), scan);
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream('q 612 0 0 792 0 0 cm /Scan Do Q')));
  return doc.save();
}
