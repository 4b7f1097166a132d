/**
 * Source pages become Form XObjects in the fax, exactly as pdf-lib's embedPages makes them
 * (BBox = the visible box, Matrix moving it to the origin, the page's resources copied once
 * per document through one object copier) — vector content, never rasterised.
 *
 * It is done here rather than through embedPages because embedPages decodes every content
 * stream and deflates it again in JavaScript, which made a 300-page text PDF take three
 * times as long as loading and saving it. Here a page's only content stream is carried over
 * still compressed, and several are joined with Node's native zlib.
 *
 * Decoding is bounded (decode-budget.ts), and pages that share their content are counted
 * once: pages with the same content streams, resources and box share one form, and a set of
 * streams is decoded and joined once however many pages use it. A file of 350 pages that
 * all point at one huge stream costs what one page costs.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFContentStream,
  PDFName,
  PDFObjectCopier,
  PDFRawStream,
  PDFStream,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from '@cantoo/pdf-lib';
import { currentDecodeBudget, type DecodeBudget } from './decode-budget';
import type { FaxSize } from './fax-size';
import { resolve, type Rect } from './pdf-objects';

const Names = {
  Contents: PDFName.of('Contents'),
  Filter: PDFName.of('Filter'),
  DecodeParms: PDFName.of('DecodeParms'),
  FlateDecode: PDFName.of('FlateDecode'),
  Crypt: PDFName.of('Crypt'),
};

/**
 * One Form XObject per page, clipped to `boxes[i]`; null for a page with no content at all.
 * All pages must come from the same document.
 */
export function embedPagesAsForms(
  target: PDFDocument,
  pages: PDFPage[],
  boxes: Rect[],
  size: FaxSize,
): Array<PDFRef | null> {
  const first = pages[0];
  if (!first) return [];
  const copier = PDFObjectCopier.for(first.node.context, target.context);
  const budget = currentDecodeBudget();
  const identity = new Identities();
  const forms = new Map<string, PDFRef>();
  const joined = new Map<string, Uint8Array>();

  return pages.map((page, i) => {
    const streams = contentStreams(page);
    const box = boxes[i];
    if (streams.length === 0 || !box) return null;
    const resources = page.node.Resources();
    const streamsKey = streams.map((stream) => identity.of(stream)).join(' ');
    const formKey = `${streamsKey}|${resources ? identity.of(resources) : '-'}|${box.left} ${box.bottom} ${box.right} ${box.top}`;
    const existing = forms.get(formKey);
    if (existing) return existing;

    const dict = target.context.obj({
      Type: 'XObject',
      Subtype: 'Form',
      FormType: 1,
      BBox: [box.left, box.bottom, box.right, box.top],
      Matrix: [1, 0, 0, 1, -box.left, -box.bottom],
    });
    dict.set(PDFName.of('Resources'), resources ? copier.copy(resources) : target.context.obj({}));

    const [only] = streams;
    let form: PDFRef;
    if (streams.length === 1 && only instanceof PDFRawStream && !usesCrypt(only)) {
      // Still compressed as the source had it: same filter, same parameters, same bytes.
      for (const key of [Names.Filter, Names.DecodeParms]) {
        const value = only.dict.get(key);
        if (value !== undefined) dict.set(key, copier.copy(value));
      }
      size.add(only.contents.length);
      form = target.context.register(PDFRawStream.of(dict, only.contents));
    } else {
      let content = joined.get(streamsKey);
      if (!content) {
        content = joinContent(streams, budget);
        joined.set(streamsKey, content);
      }
      dict.set(Names.Filter, Names.FlateDecode);
      size.add(content.length);
      form = target.context.register(PDFRawStream.of(dict, content));
    }
    forms.set(formKey, form);
    return form;
  });
}

/** The page's content streams decoded, joined with newlines, deflated; bounded like one stream. */
function joinContent(streams: PDFStream[], budget: DecodeBudget): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const stream of streams) {
    const part = decoded(stream, budget);
    length += part.length + 1;
    // Joined, they become one stream: they may not add up to more than one stream may be.
    if (length > budget.perStream) budget.refuse('a page’s content decodes to more than one stream may');
    parts.push(part, NEWLINE);
  }
  return deflateSync(Buffer.concat(parts, length));
}

const NEWLINE = Buffer.from('\n');

function contentStreams(page: PDFPage): PDFStream[] {
  const { context } = page.node;
  const entry = page.node.get(Names.Contents);
  const contents = resolve(context, entry);
  if (entry !== undefined && contents === undefined) throw new Error('The page content is missing');
  const items: Array<PDFObject | undefined> = contents instanceof PDFArray ? contents.asArray() : [contents];
  return items.flatMap((item) => {
    if (item === undefined) return [];
    const stream = resolve(context, item);
    if (!(stream instanceof PDFStream)) throw new Error('The page content is not a stream');
    return [stream];
  });
}

function decoded(stream: PDFStream, budget: DecodeBudget): Uint8Array {
  if (stream instanceof PDFContentStream) return stream.getUnencodedContents();
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  if (isPlainFlate(stream)) {
    const limit = budget.nextStreamLimit();
    let bytes: Buffer | null = null;
    try {
      bytes = inflateSync(stream.contents, { maxOutputLength: Math.max(1, limit) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        budget.refuse('a page’s content decodes to more than the file may');
      }
      // Damaged or headerless deflate data: pdf-lib's decoder is more forgiving (and guarded too).
    }
    if (bytes) {
      budget.charge(bytes.length, 'a page’s content');
      return bytes;
    }
  }
  return decodePDFRawStream(stream).decode();
}

function filtersOf(stream: PDFStream): PDFObject[] {
  const filter = stream.dict.get(Names.Filter);
  if (filter === undefined) return [];
  return filter instanceof PDFArray ? filter.asArray() : [filter];
}

function isPlainFlate(stream: PDFStream): boolean {
  const filters = filtersOf(stream);
  return filters.length === 1 && filters[0] === Names.FlateDecode && stream.dict.get(Names.DecodeParms) === undefined;
}

function usesCrypt(stream: PDFStream): boolean {
  return filtersOf(stream).includes(Names.Crypt);
}

/** Short names for objects, by identity: the same resolved object always gets the same one. */
class Identities {
  private readonly ids = new WeakMap<object, number>();
  private next = 0;

  of(object: object): number {
    let id = this.ids.get(object);
    if (id === undefined) {
      id = ++this.next;
      this.ids.set(object, id);
    }
    return id;
  }
}
