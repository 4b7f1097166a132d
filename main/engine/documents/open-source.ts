/** Recognises a file by its content and opens it with the reader for its kind. */
import { documentErrors } from './document-error';
import { describeForeignFile, detectKind } from './file-kind';
import { openJpeg } from './jpeg-source';
import type { OpenedSource } from './opened-source';
import { openPdf } from './pdf-source';
import { openPng } from './png-source';
import { openTiff } from './tiff-source';
import type { SourceFile } from './types';

export async function openSource(file: SourceFile): Promise<OpenedSource> {
  if (file.bytes.length === 0) throw documentErrors.empty(file.name);
  switch (detectKind(file.bytes)) {
    case 'pdf':
      return openPdf(file);
    case 'png':
      return openPng(file);
    case 'jpeg':
      return openJpeg(file);
    case 'tiff':
      return openTiff(file);
    case null: {
      const foreign = describeForeignFile(file.bytes);
      throw documentErrors.unsupportedType(file.name, foreign?.looksLike ?? null, foreign?.advice);
    }
  }
}
