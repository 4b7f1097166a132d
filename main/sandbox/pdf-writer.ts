/**
 * A tiny PDF writer for the documents inbound faxes "receive": US Letter pages with a few
 * lines of Helvetica each (writeTextPdf), or pages that are each one 1-bit scanned image and
 * nothing else (writeImagePdf: the words exist only as pixels, as in a real received fax). It
 * writes a correct cross-reference table (byte offsets of every object), so strict readers and
 * pdf-lib open the result without repairing it. Text is kept to printable ASCII so one
 * character is one byte.
 */
import { deflateSync } from 'node:zlib';

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;

/** A page image of 1 bit per pixel: rows of ceil(width / 8) bytes, most significant bit first, 0 = black. */
export interface PdfBilevelImage {
  width: number;
  height: number;
  rows: Buffer;
}

/** An object body: a dictionary alone, or a stream with its dictionary's entries (/Length is added here). */
type PdfObject = string | { entries: string; stream: Buffer };

function pdfString(text: string): string {
  const ascii = text.replace(/[^\x20-\x7e]/g, '?');
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function pageContent(lines: readonly string[]): string {
  const body = lines
    .map((line, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 72 ${PAGE_HEIGHT - 96 - i * 28} Td ${pdfString(line)} Tj ET`)
    .join('\n');
  // A frame around the page, like the border a fax machine's header strip sits in.
  return `0.5 w 36 36 ${PAGE_WIDTH - 72} ${PAGE_HEIGHT - 72} re S\n${body}\n`;
}

function pageTree(pageIds: readonly number[]): string {
  return `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
}

/** Builds a PDF with one page per entry of `pages`, each showing its lines of text. */
export function writeTextPdf(pages: readonly (readonly string[])[]): Buffer {
  if (pages.length === 0) throw new RangeError('a PDF needs at least one page');
  // Objects: 1 catalog, 2 page tree, 3 font, then a (page, content) pair per page.
  const objects: PdfObject[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = pageTree(pageIds);
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((lines, i) => {
    const pageId = 4 + i * 2;
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = { entries: '', stream: Buffer.from(pageContent(lines), 'latin1') };
  });
  return serialise(objects);
}

/**
 * Builds a PDF with one US Letter page per image, the image stretched over the whole page
 * (Flate-compressed, DeviceGray, 1 bit per component). The pages carry no text operators.
 */
export function writeImagePdf(images: readonly PdfBilevelImage[]): Buffer {
  if (images.length === 0) throw new RangeError('a PDF needs at least one page');
  // Objects: 1 catalog, 2 page tree, 3 the content stream every page shares, then a page per
  // image and an image XObject per distinct image (a page repeating an image object reuses it).
  const objects: PdfObject[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = {
    entries: '',
    stream: Buffer.from(`q ${PAGE_WIDTH} 0 0 ${PAGE_HEIGHT} 0 0 cm /Scan Do Q\n`, 'latin1'),
  };
  const imageIds = new Map<PdfBilevelImage, number>();
  const pageIds = images.map((image, i) => {
    let imageId = imageIds.get(image);
    if (imageId === undefined) {
      if (image.rows.length !== Math.ceil(image.width / 8) * image.height) {
        throw new RangeError(
          `page ${i + 1}: ${image.rows.length} bytes do not make ${image.width} × ${image.height} pixels`,
        );
      }
      imageId = objects.length;
      imageIds.set(image, imageId);
      objects[imageId] = {
        entries:
          `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ` +
          '/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode',
        stream: deflateSync(image.rows),
      };
    }
    const pageId = objects.length;
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
      `/Resources << /XObject << /Scan ${imageId} 0 R >> >> /Contents 3 0 R >>`;
    return pageId;
  });
  objects[2] = pageTree(pageIds);
  return serialise(objects);
}

/** Objects 1..n (index 0 unused), the cross-reference table and the trailer. */
function serialise(objects: readonly PdfObject[]): Buffer {
  // The binary comment line tells transfer tools the file is not plain text.
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]?.length ?? 0;
  const push = (chunk: Buffer | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    chunks.push(bytes);
    length += bytes.length;
  };
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = length;
    const object = objects[id] ?? '<<>>';
    if (typeof object === 'string') {
      push(`${id} 0 obj\n${object}\nendobj\n`);
    } else {
      const entries = object.entries ? `${object.entries} ` : '';
      push(`${id} 0 obj\n<< ${entries}/Length ${object.stream.length} >>\nstream\n`);
      push(object.stream);
      // A stream of text already ends its last line; binary data gets the end-of-line readers expect before endstream.
      push(object.stream.at(-1) === 0x0a ? 'endstream\nendobj\n' : '\nendstream\nendobj\n');
    }
  }
  const xrefOffset = length;
  let tail = `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) tail += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  push(tail);
  return Buffer.concat(chunks);
}
