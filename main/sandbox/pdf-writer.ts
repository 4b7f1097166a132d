/**
 * A tiny PDF writer for the documents inbound faxes "receive": US Letter pages with a few
 * lines of Helvetica each. It writes a correct cross-reference table (byte offsets of every
 * object), so strict readers and pdf-lib open the result without repairing it. Text is kept
 * to printable ASCII so one character is one byte and the offsets stay simple.
 */

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;

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

/** Builds a PDF with one page per entry of `pages`, each showing its lines of text. */
export function writeTextPdf(pages: readonly (readonly string[])[]): Buffer {
  if (pages.length === 0) throw new RangeError('a PDF needs at least one page');
  // Objects: 1 catalog, 2 page tree, 3 font, then a (page, content) pair per page.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((lines, i) => {
    const pageId = 4 + i * 2;
    const content = pageContent(lines);
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${content.length} >>\nstream\n${content}endstream`;
  });

  // The binary comment line tells transfer tools the file is not plain text.
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefOffset = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
