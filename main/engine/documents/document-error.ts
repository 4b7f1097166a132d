/**
 * Why a file cannot be faxed, in words for the person at the desk. Every message names the
 * file (or says it is about the fax as a whole) and says what to do next; the engine maps
 * the code onto its own errors.
 */
import { MAX_PAGES, MAX_UPLOAD_BYTES } from './limits';

export const documentErrorCodes = [
  'no_files',
  'empty',
  'unsupported_type',
  'truncated',
  'corrupt',
  'password_protected',
  'no_pages',
  'too_large',
  'too_many_pages',
  'too_complex',
] as const;
export type DocumentErrorCode = (typeof documentErrorCodes)[number];

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
    /** The file the problem is in, as given; null when it is about the fax as a whole. */
    readonly fileName: string | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DocumentError';
  }
}

/** What a file was taken to be, for "can't be read as …". */
const KIND_NAMES = { pdf: 'a PDF', png: 'a PNG image', jpeg: 'a JPEG image', tiff: 'a TIFF image' } as const;
export type ReadableKind = keyof typeof KIND_NAMES;

const SAVE_AS_PDF = 'Open it in the program that made it and save it as PDF first.';

export const documentErrors = {
  noFiles: () => new DocumentError('no_files', 'Add at least one PDF or image to fax.', null),

  empty: (fileName: string) =>
    new DocumentError(
      'empty',
      `${shown(fileName)} is empty (0 bytes). It may not have finished saving or downloading; add it again once it has.`,
      fileName,
    ),

  /** `looksLike` is e.g. "a Word document"; `advice` replaces the generic "save it as PDF". */
  unsupportedType: (fileName: string, looksLike: string | null, advice = SAVE_AS_PDF) =>
    new DocumentError(
      'unsupported_type',
      `${shown(fileName)} is not a PDF or an image Faxdesk can fax (${
        looksLike ? `it looks like ${looksLike}` : 'Faxdesk does not recognise what kind of file it is'
      }). ${advice}`,
      fileName,
    ),

  /** A PDF or image of a recognised kind, stored in a variant Faxdesk cannot read. */
  unsupportedVariant: (fileName: string, kind: ReadableKind, detail: string) =>
    new DocumentError(
      'unsupported_type',
      `${shown(fileName)} is ${KIND_NAMES[kind]} stored in a way Faxdesk cannot read (${detail}). ` +
        'Open it and save it as PDF (or as a PNG or JPEG image) first.',
      fileName,
    ),

  truncated: (fileName: string, cause?: unknown) =>
    new DocumentError(
      'truncated',
      `${shown(fileName)} is incomplete: the end of the file is missing. It may not have finished downloading ` +
        'or copying; get a fresh copy and add it again.',
      fileName,
      { cause },
    ),

  corrupt: (fileName: string, kind: ReadableKind, cause?: unknown) =>
    new DocumentError(
      'corrupt',
      `${shown(fileName)} is damaged and cannot be read as ${KIND_NAMES[kind]}. If it opens on this computer, ` +
        'print it to a new PDF and add that instead.',
      fileName,
      { cause },
    ),

  passwordProtected: (fileName: string, cause?: unknown) =>
    new DocumentError(
      'password_protected',
      `${shown(fileName)} is protected with a password. Open it, remove the password (or print it to a new PDF), ` +
        'and add it again.',
      fileName,
      { cause },
    ),

  /** Words are read from PDFs only; a received fax, and every fax Faxdesk prepares, is one. */
  notAPdf: (fileName: string, kind: ReadableKind) =>
    new DocumentError(
      'unsupported_type',
      `${shown(fileName)} is ${KIND_NAMES[kind]}, not a PDF; Faxdesk reads the words of PDFs only.`,
      fileName,
    ),

  noPages: (fileName: string) =>
    new DocumentError('no_pages', `${shown(fileName)} has no pages, so there is nothing in it to fax.`, fileName),

  /** `largestFile` is the input that contributes most, so the page can point at it. */
  tooLarge: (bytes: number, largestFile: string, fileCount: number) =>
    new DocumentError(
      'too_large',
      `${
        fileCount === 1 ? `${shown(largestFile)} makes a fax of` : 'Together these files make a fax of'
      } ${megabytes(bytes)} MB, more than the ${megabytes(MAX_UPLOAD_BYTES)} MB one fax can be. ` +
        (fileCount === 1
          ? 'Scan it at a lower resolution or in black and white, or split it into several faxes.'
          : `Remove some files (${shown(largestFile)} is the largest) or send them as several faxes.`),
      largestFile,
    ),

  /**
   * Making the fax was stopped far past the upload limit (fax-size.ts), so its final size is
   * not known: only that it is over.
   */
  tooLargeToMake: (largestFile: string, fileCount: number) =>
    new DocumentError(
      'too_large',
      `${
        fileCount === 1 ? `${shown(largestFile)} makes a fax` : 'Together these files make a fax'
      } larger than the ${megabytes(MAX_UPLOAD_BYTES)} MB one fax can be. ` +
        (fileCount === 1
          ? 'Scan it at a lower resolution or in black and white, or split it into several faxes.'
          : `Remove some files (${shown(largestFile)} is the largest) or send them as several faxes.`),
      largestFile,
    ),

  imageTooLarge: (fileName: string, width: number, height: number) =>
    new DocumentError(
      'too_large',
      `${shown(fileName)} is an image of ${width} × ${height} pixels, too large to fax. Scale it down (a page ` +
        'needs no more than about 2500 × 3300 pixels) and add it again.',
      fileName,
    ),

  /**
   * Reading was stopped at its time or memory limit, or the reader itself failed: what a
   * damaged or hostile file does to a parser. `fileName` is null when several files were
   * being prepared together.
   */
  tooComplex: (fileName: string | null, limit: 'time' | 'memory' | 'failure') => {
    const many = fileName === null;
    const what = {
      time: 'took too long to read, so Faxdesk stopped',
      memory: 'needed more memory than Faxdesk allows',
      failure: 'made Faxdesk’s document reader fail',
    }[limit];
    return new DocumentError(
      'too_complex',
      `${many ? 'These files' : shown(fileName)} ${what}; ${many ? 'one of them' : 'it'} may be damaged or ` +
        `unusually complex. If ${many ? 'they open' : 'it opens'} on this computer, print ${many ? 'them' : 'it'} ` +
        'to a new PDF and add that instead.',
      fileName,
    );
  },

  /** `largestFile` is the input with the most pages. */
  tooManyPages: (pages: number, withCover: boolean, largestFile: string, fileCount: number) =>
    new DocumentError(
      'too_many_pages',
      `${fileCount === 1 ? `${shown(largestFile)} makes a fax of` : 'Together these files make a fax of'} ` +
        `${pages} pages${withCover ? ' (including the cover page)' : ''}, more than the ${MAX_PAGES} one fax ` +
        `can have. ${
          fileCount === 1
            ? 'Split it into several faxes.'
            : `Send them as several faxes (${shown(largestFile)} has the most pages).`
        }`,
      largestFile,
    ),
};

/** Sizes are rounded up, so a fax just over the limit never reads as "20.0 MB, more than 20 MB". */
function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10);
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/** A file name as it can safely appear in a sentence: no control or direction characters, not endless. */
export function shown(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = fileName.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (clean === '') return 'The file';
  const chars = [...clean];
  return chars.length <= 80 ? clean : `${chars.slice(0, 60).join('')}…${chars.slice(-16).join('')}`;
}
