/**
 * A fax report as one PDF page: the title, the result in large words, the facts, the attempts,
 * the SHA-256 of the exact PDF that was sent or received, and a reduced first page drawn from
 * that PDF (vector, with pdf-lib's embedPage: nothing is rasterised). Drawn with the cover
 * page's fonts and text fitting. The same content and document always make the same bytes: the
 * PDF's dates come from the records and nothing is read from the computer.
 */
import { createHash } from 'node:crypto';
import { PDFDocument, rgb, type PDFPage } from '@cantoo/pdf-lib';
import { PAPER_DIMENSIONS } from '../documents/limits';
import { standardFonts, type Fonts } from '../documents/standard-fonts';
import { fitLine, fitText } from '../documents/text-layout';
import type { PaperSize } from '../documents/types';
import { toWinAnsi } from '../documents/winansi';
import type { ReportContent } from './report-content';

export interface ReportInput {
  content: ReportContent;
  paper: PaperSize;
  /** The exact PDF that was sent or received (the bytes `faxdesk save` writes), or null when none is kept. */
  document: Uint8Array | null;
  /** Draw a reduced first page (Settings: reportFirstPage; off where patient-data rules forbid it). */
  firstPage: boolean;
}

const MARGIN = 54;
const LABEL_COLUMN = 120;
const MOST_ATTEMPT_LINES = 8;
const PREVIEW_WIDTH = 170;
const Type = { title: 20, result: 44, reason: 12, label: 10, value: 10, small: 8.5 } as const;

export async function drawReport(input: ReportInput): Promise<Uint8Array> {
  const { content } = input;
  const target = await PDFDocument.create({ updateMetadata: false });
  const dated = new Date(content.dated);
  target.setTitle(content.title);
  target.setProducer('Faxdesk');
  target.setCreator('Faxdesk');
  target.setCreationDate(dated);
  target.setModificationDate(dated);

  const { width, height } = PAPER_DIMENSIONS[input.paper];
  const page = target.addPage([width, height]);
  const fonts = standardFonts(target);
  const pen = new Pen(page, fonts, width - 2 * MARGIN, height - MARGIN);

  pen.text(content.title, Type.title, fonts.bold);
  pen.rule(2, 14);
  pen.text(content.result, Type.result, fonts.bold);
  if (content.reason) pen.wrapped(content.reason, Type.reason, 3);
  pen.rule(0.75, 10);
  for (const [label, value] of content.rows) pen.row(label, value);
  pen.gap(6);
  pen.text('Attempts', Type.label, fonts.bold);
  const shown = content.attempts.slice(0, MOST_ATTEMPT_LINES);
  if (content.attempts.length > shown.length) shown.push(`… and ${content.attempts.length - shown.length} more`);
  for (const line of shown) pen.text(line, Type.small, fonts.regular);
  pen.gap(6);
  const sha256 = input.document ? createHash('sha256').update(input.document).digest('hex') : null;
  pen.row('Document SHA-256', sha256 ?? 'no document is kept for this fax');
  pen.rule(0.75, 10);

  if (input.firstPage && input.document) await drawFirstPage(target, page, pen, input.document);
  else if (input.document) pen.text('First page: left out (Settings: Reports).', Type.small, fonts.regular);
  page.drawText('Made by Faxdesk from its records of this fax.', {
    x: MARGIN,
    y: MARGIN / 2,
    size: Type.small,
    font: fonts.regular,
  });
  return target.save({ useObjectStreams: false });
}

/** The document's first page, reduced into the room left on the page, with a thin frame. */
async function drawFirstPage(target: PDFDocument, page: PDFPage, pen: Pen, document: Uint8Array): Promise<void> {
  pen.text('First page, reduced', Type.label, pen.fonts.bold);
  try {
    const [first] = await target.embedPdf(document, [0]);
    if (!first) throw new Error('no first page');
    const room = pen.y - MARGIN;
    const scale = Math.min(PREVIEW_WIDTH / first.width, room / first.height);
    const w = first.width * scale;
    const h = first.height * scale;
    const y = pen.y - h - 4;
    page.drawPage(first, { x: MARGIN, y, width: w, height: h });
    page.drawRectangle({ x: MARGIN, y, width: w, height: h, borderWidth: 0.5, borderColor: rgb(0, 0, 0) });
  } catch {
    pen.text('The first page could not be drawn.', Type.small, pen.fonts.regular);
  }
}

/** Writes down the page from the top: each line moves the pen below it. */
class Pen {
  constructor(
    private readonly page: PDFPage,
    readonly fonts: Fonts,
    private readonly width: number,
    public y: number,
  ) {}

  text(text: string, size: number, font: Fonts['regular']): void {
    this.y -= size;
    const measure = font === this.fonts.bold ? this.fonts.measureBold : this.fonts.measureRegular;
    this.page.drawText(fitLine(toWinAnsi(text), measure, this.width, size), { x: MARGIN, y: this.y, size, font });
    this.y -= size * 0.35;
  }

  wrapped(text: string, size: number, maxLines: number): void {
    const rules = { maxSize: size, minSize: size - 3, lineHeight: 1.3 };
    const fitted = fitText(
      toWinAnsi(text),
      this.fonts.measureRegular,
      { width: this.width, height: maxLines * size * 1.3 },
      rules,
    );
    for (const line of fitted.lines) this.text(line, fitted.size, this.fonts.regular);
  }

  row(label: string, value: string): void {
    this.y -= Type.value;
    this.page.drawText(label, { x: MARGIN, y: this.y, size: Type.label, font: this.fonts.bold });
    const room = this.width - LABEL_COLUMN;
    const text = fitLine(toWinAnsi(value), this.fonts.measureRegular, room, Type.value);
    this.page.drawText(text, { x: MARGIN + LABEL_COLUMN, y: this.y, size: Type.value, font: this.fonts.regular });
    this.y -= Type.value * 0.45;
  }

  rule(thickness: number, space: number): void {
    this.y -= space / 2;
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + this.width, y: this.y }, thickness });
    this.y -= space / 2;
  }

  gap(space: number): void {
    this.y -= space;
  }
}
