// Does the packed app read a received fax's words? (see ../package-check.mjs)
import { fork } from 'node:child_process';
import { deflateSync } from 'node:zlib';

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
export function checkOcrRuns(copy) {
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
        reader.send({ type: 'task', id: 1, task: { op: 'text', file: { name: 'fax.pdf', bytes: blankFax() } } });
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
function blankFax() {
  const [width, height] = [1728, 2200];
  const image = deflateSync(Buffer.alloc(((width + 7) >> 3) * height, 0xff));
  const stream = (dictionary, data) =>
    Buffer.concat([
      Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`),
      data,
      Buffer.from('\nendstream'),
    ]);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Scan 5 0 R >> >> >>',
    stream('', Buffer.from('q 612 0 0 792 0 0 cm /Scan Do Q')),
    stream(
      `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode`,
      image,
    ),
  ];
  const parts = [Buffer.from('%PDF-1.7\n')];
  const offsets = [];
  let position = parts[0].length;
  objects.forEach((object, i) => {
    offsets.push(position);
    const body = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(object), Buffer.from('\nendobj\n')]);
    parts.push(body);
    position += body.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ];
  const trailer = [
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(position),
    '%%EOF',
    '',
  ];
  parts.push(Buffer.from([...xref, ...trailer].join('\n')));
  return new Uint8Array(Buffer.concat(parts));
}
