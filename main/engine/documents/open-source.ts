/**
 * Recognises a file by its content and opens it with the reader for its kind. Opening and
 * appending each file run on that file's own decode budget (decode-budget.ts): whatever a
 * decoder met when the budget ran out, the person is told the file needed more memory than
 * Faxdesk allows.
 */
import { DecodeBudget, withDecodeBudget } from './decode-budget';
import { documentErrors } from './document-error';
import { describeForeignFile, detectKind } from './file-kind';
import { openJpeg } from './jpeg-source';
import type { OpenedSource } from './opened-source';
import { MAX_PAGES } from './limits';
import { checkPdfStreams } from './pdf-stream-check';
import { loadPdfPages, openPdf } from './pdf-source';
import { openPng } from './png-source';
import { openTiff } from './tiff-source';
import type { SourceFile } from './types';

export async function openSource(file: SourceFile): Promise<OpenedSource> {
  const budget = new DecodeBudget();
  const opened = await within(file, budget, async () => openByKind(file));
  return {
    ...opened,
    appendTo: (target, paper, size) => within(file, budget, () => opened.appendTo(target, paper, size)),
  };
}

/**
 * A PDF about to have its words read (document-text.ts), checked as a dropped file is and
 * then some: its pages within the limit, no image larger than a fax allows, and every stream
 * pdf.js would decode decoded once here on the file's budget, so that a bomb is refused in
 * words before pdf.js, which has no budget of its own, meets it. Returns the page count.
 */
export async function checkPdfToRead(file: SourceFile): Promise<number> {
  return within(file, new DecodeBudget(), async () => {
    if (file.bytes.length === 0) throw documentErrors.empty(file.name);
    const kind = detectKind(file.bytes);
    if (kind === null) {
      const foreign = describeForeignFile(file.bytes);
      throw documentErrors.unsupportedType(file.name, foreign?.looksLike ?? null, foreign?.advice);
    }
    if (kind !== 'pdf') throw documentErrors.notAPdf(file.name, kind);
    const { doc, pages } = await loadPdfPages(file);
    if (pages.length > MAX_PAGES) throw documentErrors.tooManyPages(pages.length, false, file.name, 1);
    checkPdfStreams(doc, file.name);
    return pages.length;
  });
}

async function openByKind(file: SourceFile): Promise<OpenedSource> {
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

async function within<T>(file: SourceFile, budget: DecodeBudget, work: () => Promise<T>): Promise<T> {
  try {
    const result = await withDecodeBudget(budget, work);
    // A refusal swallowed on the way (pdf-lib skips objects it cannot parse) still counts.
    budget.check();
    return result;
  } catch (error) {
    if (budget.exceeded) throw documentErrors.tooComplex(file.name, 'memory');
    throw error;
  }
}
