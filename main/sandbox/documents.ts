/**
 * What the sandbox can tell about a document without a PDF library: its content type, whether
 * it is a readable fax document, and its page count. Page objects are counted as
 * `/Type /Page` (not `/Pages`); PDFs written with compressed object streams (pdf-lib's
 * default) hide their page objects inside Flate streams, so those streams are inflated and
 * searched too.
 */
import { inflateSync } from 'node:zlib';

/** The formats SendFax lists, besides PDF (which is recognised by its bytes). */
const OTHER_FAX_TYPES = new Set([
  'application/tiff',
  'image/tiff',
  'image/jpeg',
  'image/png',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/rtf',
  'text/rtf',
  'text/plain',
]);

const PAGE_OBJECT = /\/Type\s*\/Page(?![s\w])/g;

export interface DocumentFacts {
  contentType: string;
  /** False for something Telnyx could not render: it then fails `file_format_invalid`. */
  readable: boolean;
  pageCount: number;
}

export function isPdf(bytes: Uint8Array): boolean {
  // Readers accept the header anywhere in the first KB; so does the sandbox.
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** `Application/PDF; charset=x` → `application/pdf`: how types are stored and compared. */
export function mediaTypeEssence(declared: string): string {
  return declared.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The content type to record: the declared one, unless the bytes are plainly a PDF. */
export function contentTypeOf(bytes: Uint8Array, declared: string): string {
  const type = mediaTypeEssence(declared);
  if (isPdf(bytes) && (type === '' || type === 'application/octet-stream')) return 'application/pdf';
  return type === '' ? 'application/octet-stream' : type;
}

export function describeDocument(bytes: Uint8Array, declaredType: string): DocumentFacts {
  const contentType = contentTypeOf(bytes, declaredType);
  if (isPdf(bytes)) return { contentType, readable: true, pageCount: Math.max(1, countPdfPages(bytes)) };
  // A file that claims to be a PDF but is not one, or a type fax cannot carry, cannot be rendered.
  return { contentType, readable: OTHER_FAX_TYPES.has(contentType) && bytes.length > 0, pageCount: 1 };
}

export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  const plain = text.match(PAGE_OBJECT)?.length ?? 0;
  if (plain > 0) return plain;
  let packed = 0;
  for (const stream of flateStreams(text)) packed += stream.match(PAGE_OBJECT)?.length ?? 0;
  return packed;
}

/** The inflated contents of every stream that inflates; the rest (images, fonts, junk) are skipped. */
function* flateStreams(text: string): Generator<string> {
  const streamStart = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streamStart.exec(text)) !== null) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) return;
    try {
      yield inflateSync(Buffer.from(text.slice(start, end), 'latin1')).toString('latin1');
    } catch {
      // Not Flate data, or not only: nothing to count here.
    }
    streamStart.lastIndex = end + 'endstream'.length;
  }
}
