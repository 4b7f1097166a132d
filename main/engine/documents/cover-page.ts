/**
 * The cover page: always exactly one page, whatever is typed into it. Every field has a box;
 * long values wrap, then shrink, then end in "…". Standard fonts only (nothing to embed),
 * black on white (a fax has no grey).
 */
import type { PDFDocument, PDFFont, PDFPage } from '@cantoo/pdf-lib';
import { formatFaxNumber } from '../../../domain/fax-number';
import { formatCoverDate } from './cover-format';
import { PAPER_DIMENSIONS } from './limits';
import { standardFonts, type Fonts } from './standard-fonts';
import { fitLine, fitText } from './text-layout';
import type { CoverPage, PaperSize } from './types';
import { toWinAnsi } from './winansi';

const MARGIN = 54;
const LABEL_COLUMN = 80;
const ROW_GAP = 10;
const VALUE_LINE_HEIGHT = 1.3;
const Type = {
  title: 48,
  label: 10,
  name: 13,
  value: 12,
  subject: { maxSize: 12, minSize: 9, lineHeight: VALUE_LINE_HEIGHT, maxLines: 3 },
  message: { maxSize: 12, minSize: 7, lineHeight: 1.3 },
  notice: { maxSize: 8, minSize: 6, lineHeight: 1.25, maxHeight: 80 },
} as const;

interface Line {
  text: string;
  font: PDFFont;
  size: number;
}

export function addCoverPage(target: PDFDocument, cover: CoverPage, paper: PaperSize, totalPages: number): void {
  const { width, height } = PAPER_DIMENSIONS[paper];
  const page = target.addPage([width, height]);
  const fonts = standardFonts(target);
  const { bold } = fonts;
  const contentWidth = width - 2 * MARGIN;
  const valueWidth = contentWidth - LABEL_COLUMN;

  let y = height - MARGIN - Type.title * 0.75;
  page.drawText('FAX', { x: MARGIN, y, size: Type.title, font: bold });
  y -= 18;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: width - MARGIN, y }, thickness: 2 });
  y -= 30;

  const drawRow = (label: string, lines: Line[]) => {
    page.drawText(label, { x: MARGIN, y, size: Type.label, font: bold });
    for (const line of lines) {
      page.drawText(line.text, { x: MARGIN + LABEL_COLUMN, y, size: line.size, font: line.font });
      y -= line.size * VALUE_LINE_HEIGHT;
    }
    y -= ROW_GAP;
  };
  drawRow('To', party(cover.to, fonts, valueWidth));
  drawRow('From', party(cover.from, fonts, valueWidth));
  drawRow('Date', [valueLine(formatCoverDate(cover.date, paper, cover.timeZone), fonts, valueWidth)]);
  const pages = totalPages === 1 ? '1 (this cover page only)' : `${totalPages} (including this cover page)`;
  drawRow('Pages', [valueLine(pages, fonts, valueWidth)]);
  const subject = toWinAnsi(cover.subject ?? '').trim();
  if (subject !== '') {
    const { maxLines, ...rules } = Type.subject;
    const fitted = fitText(
      subject,
      fonts.measureBold,
      { width: valueWidth, height: maxLines * rules.maxSize * rules.lineHeight },
      rules,
    );
    drawRow(
      'Subject',
      fitted.lines.map((text) => ({ text, font: bold, size: fitted.size })),
    );
  }
  y -= 4;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: width - MARGIN, y }, thickness: 0.75 });
  y -= 24;

  const noticeTop = drawNotice(page, cover.confidentialityNotice, fonts, contentWidth);
  drawMessage(page, cover.message ?? '', fonts, { top: y, bottom: noticeTop + 20, width: contentWidth });
}

/** The notice in small print above the bottom margin; returns the top of what it drew. */
function drawNotice(page: PDFPage, notice: string | null, fonts: Fonts, width: number): number {
  const text = toWinAnsi(notice ?? '', { keepLineBreaks: true }).trim();
  if (text === '') return MARGIN;
  const { maxHeight, ...rules } = Type.notice;
  const fitted = fitText(text, fonts.measureRegular, { width, height: maxHeight }, rules);
  const leading = fitted.size * rules.lineHeight;
  const top = MARGIN + fitted.lines.length * leading;
  fitted.lines.forEach((line, i) => {
    page.drawText(line, { x: MARGIN, y: top - fitted.size - i * leading, size: fitted.size, font: fonts.regular });
  });
  page.drawLine({ start: { x: MARGIN, y: top + 8 }, end: { x: MARGIN + width, y: top + 8 }, thickness: 0.5 });
  return top + 8;
}

function drawMessage(
  page: PDFPage,
  message: string,
  fonts: Fonts,
  area: { top: number; bottom: number; width: number },
) {
  const text = toWinAnsi(message, { keepLineBreaks: true }).replace(/\s+$/, '');
  if (text.trim() === '') return;
  const rules = Type.message;
  const fitted = fitText(text, fonts.measureRegular, { width: area.width, height: area.top - area.bottom }, rules);
  fitted.lines.forEach((line, i) => {
    const y = area.top - fitted.size - i * fitted.size * rules.lineHeight;
    page.drawText(line, { x: MARGIN, y, size: fitted.size, font: fonts.regular });
  });
}

function party(who: { name?: string; number: string }, fonts: Fonts, width: number): Line[] {
  const name = toWinAnsi(who.name ?? '').trim();
  const number = valueLine(formatFaxNumber(who.number), fonts, width);
  if (name === '') return [number];
  return [{ text: fitLine(name, fonts.measureBold, width, Type.name), font: fonts.bold, size: Type.name }, number];
}

function valueLine(text: string, fonts: Fonts, width: number): Line {
  return {
    text: fitLine(toWinAnsi(text).trim(), fonts.measureRegular, width, Type.value),
    font: fonts.regular,
    size: Type.value,
  };
}
