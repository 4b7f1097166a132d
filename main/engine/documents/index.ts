/**
 * Document intake for one fax: checks what a person added (type by content, damage,
 * passwords, limits), and turns it into one PDF of paper-size pages with an optional cover
 * page, ready to upload to Telnyx. Errors are DocumentErrors with plain messages.
 */
export { DocumentError, documentErrorCodes, type DocumentErrorCode } from './document-error';
export { MAX_PAGES, MAX_UPLOAD_BYTES, PAPER_DIMENSIONS } from './limits';
export { addCover, inspectFile, prepareDocument } from './prepare';
export type {
  CoverOptions,
  CoverPage,
  FileInspection,
  PageText,
  PaperSize,
  PrepareOptions,
  PreparedDocument,
  SourceFile,
  SourceKind,
} from './types';
