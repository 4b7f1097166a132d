/**
 * One fax from the files a person added: the cover page (if any), then every page of every
 * file in the order given, each exactly the chosen paper size, saved as one PDF.
 *
 * A send with a cover page to many recipients makes the pages after the cover once (the body,
 * prepareDocument with `coverToFollow`), then puts each recipient's cover in front of a copy of
 * it (addCover): the files are read and their pages made once per send, not once per recipient.
 *
 * The output is deterministic (fixed metadata, dates from the cover), so the same files and
 * cover always give the same bytes and hash — the archive names documents by that hash.
 */
import { createHash } from 'node:crypto';
import { PDFDocument } from '@cantoo/pdf-lib';
import { addCoverPage } from './cover-page';
import { documentErrors } from './document-error';
import { FaxSize, FaxSizeError } from './fax-size';
import { MAX_PAGES, MAX_UPLOAD_BYTES, PAPER_DIMENSIONS } from './limits';
import type { OpenedSource } from './opened-source';
import { openSource } from './open-source';
import type { CoverOptions, FileInspection, PrepareOptions, PreparedDocument, SourceFile } from './types';

/** The dates written into a fax without a cover, which has no date of its own. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const PRODUCER = 'Faxdesk';
const SAVE_OPTIONS = {
  // Packs the many small dictionaries (pages, forms, fonts) into compressed object streams:
  // a few percent smaller for a text document, at no measurable cost. Content and image
  // streams are already compressed and go out as they are.
  useObjectStreams: true,
  // Large enough that saving does not crawl through timer ticks, small enough to let IPC through.
  objectsPerTick: 2000,
};

/** Checks one file (type, damage, password) and counts its pages, for the list of added files. */
export async function inspectFile(file: SourceFile): Promise<FileInspection> {
  const source = await openSource(file);
  return { kind: source.kind, pages: source.pages };
}

export async function prepareDocument(files: SourceFile[], options: PrepareOptions): Promise<PreparedDocument> {
  if (files.length === 0) throw documentErrors.noFiles();
  const paper = PAPER_DIMENSIONS[options.paper];
  if (!paper) throw new TypeError(`Unknown paper size: ${String(options.paper)}`);
  const cover = options.cover ?? null;
  if (cover && Number.isNaN(cover.date.getTime())) throw new TypeError('The cover page date is not a valid date');

  // One after the other: the first bad file is the one reported, and memory stays bounded.
  const sources: OpenedSource[] = [];
  for (const file of files) sources.push(await openSource(file));

  const pages = sources.reduce((sum, source) => sum + source.pages, 0) + (cover ? 1 : 0);
  const withCover = cover !== null || options.coverToFollow === true;
  const counted = pages + (cover === null && withCover ? 1 : 0);
  if (counted > MAX_PAGES) {
    const most = files[indexOfMax(sources.map((s) => s.pages))] as SourceFile;
    throw documentErrors.tooManyPages(counted, withCover, most.name, files.length);
  }

  const target = await PDFDocument.create({ updateMetadata: false });
  if (cover) addCoverPage(target, cover, options.paper, pages);
  const size = new FaxSize();
  try {
    for (const source of sources) await source.appendTo(target, paper, size);
  } catch (error) {
    if (!(error instanceof FaxSizeError)) throw error;
    const largest = files[indexOfMax(files.map((f) => f.bytes.length))] as SourceFile;
    throw documentErrors.tooLargeToMake(largest.name, files.length);
  }
  if (target.getPageCount() !== pages) {
    throw new Error(`Fax has ${target.getPageCount()} pages, expected ${pages}`);
  }

  const largest = files[indexOfMax(files.map((f) => f.bytes.length))] as SourceFile;
  const sourcePages = files.map((file, i) => ({ name: file.name, pages: sources[i]?.pages ?? 0 }));
  return saveFax(target, cover?.date ?? FIXED_DATE, { pages, sourcePages, largestFile: largest.name });
}

/**
 * One recipient's fax: their cover page, then the pages of the body (a fax prepared without a
 * cover, with `coverToFollow`), copied as they are.
 */
export async function addCover(body: PreparedDocument, options: CoverOptions): Promise<PreparedDocument> {
  const { paper, cover } = options;
  if (!PAPER_DIMENSIONS[paper]) throw new TypeError(`Unknown paper size: ${String(paper)}`);
  if (Number.isNaN(cover.date.getTime())) throw new TypeError('The cover page date is not a valid date');
  const source = await PDFDocument.load(body.pdf, { updateMetadata: false });
  const pages = source.getPageCount() + 1;
  if (pages !== body.pages + 1) throw new Error(`The body has ${source.getPageCount()} pages, expected ${body.pages}`);

  const target = await PDFDocument.create({ updateMetadata: false });
  addCoverPage(target, cover, paper, pages);
  for (const page of await target.copyPages(source, source.getPageIndices())) target.addPage(page);
  return saveFax(target, cover.date, { pages, sourcePages: body.sourcePages, largestFile: body.largestFile });
}

/** Dates and producer, saved, and refused when over what Telnyx takes. */
async function saveFax(
  target: PDFDocument,
  date: Date,
  about: Pick<PreparedDocument, 'pages' | 'sourcePages' | 'largestFile'>,
): Promise<PreparedDocument> {
  target.setProducer(PRODUCER);
  target.setCreator(PRODUCER);
  target.setCreationDate(date);
  target.setModificationDate(date);
  const pdf = await target.save(SAVE_OPTIONS);
  if (pdf.length > MAX_UPLOAD_BYTES) {
    throw documentErrors.tooLarge(pdf.length, about.largestFile, about.sourcePages.length);
  }
  return { pdf, sha256: createHash('sha256').update(pdf).digest('hex'), ...about };
}

function indexOfMax(values: number[]): number {
  return values.reduce((best, value, i) => (value > (values[best] ?? -Infinity) ? i : best), 0);
}
