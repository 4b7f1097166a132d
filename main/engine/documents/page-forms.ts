/**
 * Source pages become Form XObjects in the fax, exactly as pdf-lib's embedPages makes them
 * (BBox = the visible box, Matrix moving it to the origin, the page's resources copied once
 * per document through one object copier) — vector content, never rasterised.
 *
 * It is done here rather than through embedPages because embedPages decodes every content
 * stream and deflates it again in JavaScript, which made a 300-page text PDF take three
 * times as long as loading and saving it. Here a page's only content stream is carried over
 * still compressed, and several are joined with Node's native zlib.
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
export function embedPagesAsForms(target: PDFDocument, pages: PDFPage[], boxes: Rect[]): Array<PDFRef | null> {
  const first = pages[0];
  if (!first) return [];
  const copier = PDFObjectCopier.for(first.node.context, target.context);
  return pages.map((page, i) => {
    const streams = contentStreams(page);
    const box = boxes[i];
    if (streams.length === 0 || !box) return null;
    const resources = page.node.Resources();
    const dict = target.context.obj({
      Type: 'XObject',
      Subtype: 'Form',
      FormType: 1,
      BBox: [box.left, box.bottom, box.right, box.top],
      Matrix: [1, 0, 0, 1, -box.left, -box.bottom],
    });
    dict.set(PDFName.of('Resources'), resources ? copier.copy(resources) : target.context.obj({}));

    const [only] = streams;
    if (streams.length === 1 && only instanceof PDFRawStream && !usesCrypt(only)) {
      // Still compressed as the source had it: same filter, same parameters, same bytes.
      for (const key of [Names.Filter, Names.DecodeParms]) {
        const value = only.dict.get(key);
        if (value !== undefined) dict.set(key, copier.copy(value));
      }
      return target.context.register(PDFRawStream.of(dict, only.contents));
    }
    const joined = Buffer.concat(streams.flatMap((stream) => [decoded(stream), Buffer.from('\n')]));
    dict.set(Names.Filter, Names.FlateDecode);
    return target.context.register(PDFRawStream.of(dict, deflateSync(joined)));
  });
}

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

function decoded(stream: PDFStream): Uint8Array {
  if (stream instanceof PDFContentStream) return stream.getUnencodedContents();
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  if (isPlainFlate(stream)) {
    try {
      return inflateSync(stream.contents);
    } catch {
      // Damaged or headerless deflate data: pdf-lib's decoder is more forgiving.
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
