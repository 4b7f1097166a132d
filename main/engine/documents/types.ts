/** The shapes document intake takes and returns (re-exported from ./index). */
import type { PaperSize } from '../../../domain/settings';

export type { PaperSize };

export interface SourceFile {
  /** For messages only: the type is decided by the content, never by the name. */
  name: string;
  bytes: Uint8Array;
}

export type SourceKind = 'pdf' | 'png' | 'jpeg' | 'tiff';

export interface CoverPage {
  /** `number` is E.164; the cover shows it grouped, e.g. +1 202 555 0100. */
  to: { name?: string; number: string };
  from: { name?: string; number: string };
  subject?: string;
  message?: string;
  date: Date;
  /** IANA zone the date is shown in: the desk's, given, so the page does not depend on the computer's. */
  timeZone: string;
  /** null = no notice; the standard text is DEFAULT_CONFIDENTIALITY_NOTICE. */
  confidentialityNotice: string | null;
}

export interface PrepareOptions {
  paper: PaperSize;
  cover?: CoverPage | null;
  /**
   * A cover page goes in front later (addCover), one per recipient: counted in the page limit
   * now, so that a fax too long with its cover is refused before any cover is made.
   */
  coverToFollow?: boolean;
}

export interface CoverOptions {
  paper: PaperSize;
  cover: CoverPage;
}

export interface PreparedDocument {
  /** One PDF, ready to upload. */
  pdf: Uint8Array;
  /** Including the cover page. */
  pages: number;
  /** Hex SHA-256 of `pdf`; the archive names files by it. */
  sha256: string;
  /** Per input file, in the order given. */
  sourcePages: Array<{ name: string; pages: number }>;
  /** The name of the largest input file, for a refusal that says which file to make smaller. */
  largestFile: string;
}

export interface FileInspection {
  kind: SourceKind;
  pages: number;
}

/** The words of one page of a document, for search (document-text.ts). */
export interface PageText {
  /** From 1. */
  page: number;
  text: string;
  /** Where the words came from: the PDF's own text layer, OCR of the page's images, or neither. */
  source: 'layer' | 'ocr' | 'none';
}
