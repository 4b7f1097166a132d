/**
 * The two standard fonts the pages Faxdesk draws itself use (the cover page, the fax reports),
 * with a cached measure of each: nothing to embed, and the same look on both.
 */
import { StandardFonts, type PDFDocument, type PDFFont } from '@cantoo/pdf-lib';
import type { MeasureText } from './text-layout';

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  measureRegular: MeasureText;
  measureBold: MeasureText;
}

export function standardFonts(target: PDFDocument): Fonts {
  const regular = target.embedStandardFont(StandardFonts.Helvetica);
  const bold = target.embedStandardFont(StandardFonts.HelveticaBold);
  return { regular, bold, measureRegular: measurer(regular), measureBold: measurer(bold) };
}

/** Widths at size 1, one glyph at a time (cached): the cover measures a 10,000-character message many times. */
function measurer(font: PDFFont): MeasureText {
  const widths = new Map<string, number>();
  return (text) => {
    let total = 0;
    for (const char of text) {
      let w = widths.get(char);
      if (w === undefined) {
        w = font.widthOfTextAtSize(char, 1);
        widths.set(char, w);
      }
      total += w;
    }
    return total;
  };
}
