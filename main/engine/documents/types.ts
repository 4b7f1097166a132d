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
  /** null = no notice; the standard text is DEFAULT_CONFIDENTIALITY_NOTICE. */
  confidentialityNotice: string | null;
}

export interface PrepareOptions {
  paper: PaperSize;
  cover?: CoverPage | null;
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
}

export interface FileInspection {
  kind: SourceKind;
  pages: number;
}
