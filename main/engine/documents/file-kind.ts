/**
 * Decides what a file is from its first bytes, never from its name: a Word document renamed
 * to report.pdf must be refused with a message that says it is a Word document.
 */
import type { SourceKind } from './types';

/** Readers accept a PDF header after some leading junk (mail gateways, old scanners). */
const PDF_HEADER_WINDOW = 1024;

const ascii = (text: string) => Buffer.from(text, 'latin1');
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

export function detectKind(bytes: Uint8Array): SourceKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  // II*\0, MM\0*, and their BigTIFF forms, which the TIFF reader refuses by name.
  if (startsWith(bytes, [0x49, 0x49]) && (bytes[2] === 0x2a || bytes[2] === 0x2b) && bytes[3] === 0) return 'tiff';
  if (startsWith(bytes, [0x4d, 0x4d, 0]) && (bytes[3] === 0x2a || bytes[3] === 0x2b)) return 'tiff';
  if (pdfHeaderOffset(bytes) !== null) return 'pdf';
  return null;
}

export function pdfHeaderOffset(bytes: Uint8Array): number | null {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_HEADER_WINDOW + 5)).indexOf(
    '%PDF-',
    0,
    'latin1',
  );
  return at >= 0 && at <= PDF_HEADER_WINDOW ? at : null;
}

export interface ForeignFile {
  /** Completes "it looks like …". */
  looksLike: string;
  /** What to do instead, one sentence. */
  advice: string;
}

const SAVE_AS_PDF = 'Open it in the program that made it and save it as PDF first.';
const SAVE_IMAGE = 'Open it in an image or photo program and save it as JPEG, PNG or PDF first.';

/** Best guess at a file Faxdesk cannot fax, for a better message; null when unrecognised. */
export function describeForeignFile(bytes: Uint8Array): ForeignFile | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const has = (needle: Buffer) => data.includes(needle);

  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    if (has(ascii('word/'))) return office('a Word document', 'Word');
    if (has(ascii('xl/'))) return office('an Excel spreadsheet', 'Excel');
    if (has(ascii('ppt/'))) return office('a PowerPoint presentation', 'PowerPoint');
    if (has(ascii('application/vnd.oasis.opendocument'))) return office('an OpenDocument file', 'LibreOffice');
    return { looksLike: 'a ZIP archive', advice: 'Unzip it and add the PDFs or images inside.' };
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (has(utf16('WordDocument'))) return office('a Word document', 'Word');
    if (has(utf16('Workbook')) || has(utf16('Book'))) return office('an Excel spreadsheet', 'Excel');
    if (has(utf16('PowerPoint Document'))) return office('a PowerPoint presentation', 'PowerPoint');
    if (has(utf16('__substg1.0_'))) {
      return { looksLike: 'an Outlook message', advice: 'Open it in Outlook and save or print it as PDF first.' };
    }
    return { looksLike: 'a Microsoft Office document', advice: SAVE_AS_PDF };
  }
  if (startsWith(data, [...ascii('{\\rtf')])) return { looksLike: 'a Rich Text (RTF) document', advice: SAVE_AS_PDF };
  if (startsWith(data, [...ascii('%!PS')])) return { looksLike: 'a PostScript file', advice: SAVE_AS_PDF };
  if (startsWith(data, [...ascii('GIF8')])) return { looksLike: 'a GIF image', advice: SAVE_IMAGE };
  if (startsWith(data, [...ascii('BM')]) && data.length > 26) return { looksLike: 'a BMP image', advice: SAVE_IMAGE };
  if (startsWith(data, [...ascii('RIFF')]) && startsWith(data, [...ascii('WEBP')], 8)) {
    return { looksLike: 'a WebP image', advice: SAVE_IMAGE };
  }
  if (startsWith(data, [...ascii('ftyp')], 4)) {
    const brand = data.subarray(8, 12).toString('latin1');
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) {
      return { looksLike: 'an HEIC photo', advice: SAVE_IMAGE };
    }
    if (brand === 'avif') return { looksLike: 'an AVIF image', advice: SAVE_IMAGE };
  }
  return describeText(data);
}

function office(looksLike: string, program: string): ForeignFile {
  return { looksLike, advice: `Open it in ${program} and save it as PDF first.` };
}

function describeText(data: Buffer): ForeignFile | null {
  const head = decodeTextHead(data);
  if (head === null) return null;
  const start = head.trimStart().slice(0, 512).toLowerCase();
  if (/^<(!doctype html|html|head|body)[\s>]/.test(start)) {
    return { looksLike: 'a web page (HTML)', advice: 'Open it in a web browser and print it to PDF first.' };
  }
  if (start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg'))) {
    return { looksLike: 'an SVG image', advice: 'Open it in a web browser and print it to PDF first.' };
  }
  return {
    looksLike: 'a plain text file',
    advice: 'Open it in a text editor or word processor and print or save it as PDF first.',
  };
}

/** The first few kilobytes as text, or null when they are not text (binary, or control bytes). */
function decodeTextHead(data: Buffer): string | null {
  const sample = data.subarray(0, 4096);
  let text: string;
  if (startsWith(sample, [0xff, 0xfe])) text = sample.subarray(2, sample.length & ~1).toString('utf16le');
  else if (startsWith(sample, [0xfe, 0xff]))
    text = Buffer.from(sample.subarray(2, sample.length & ~1))
      .swap16()
      .toString('utf16le');
  else {
    // A multi-byte character may be cut at the end of the sample; allow it to be incomplete.
    text = sample.toString('utf8');
    const broken = (text.match(/\uFFFD/g) ?? []).length;
    if (broken > (sample.length === data.length ? 0 : 1)) return null;
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/.test(text) ? null : text;
}
