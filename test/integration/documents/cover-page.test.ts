import { PDFDict, PDFDocument, PDFName, StandardFonts, type PDFFont } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDocument, type CoverPage, type PaperSize } from '../../../main/engine/documents';
import { systemTimeZone } from '../../../main/engine/documents/zoned-time';
import { tokenize } from '../../fixtures/documents/content-tokens';
import { makePdf } from '../../fixtures/documents/pdf-fixtures';
import { readFax } from '../../fixtures/documents/read-fax';
import { DEFAULT_CONFIDENTIALITY_NOTICE } from '../../../domain/confidentiality-notice';

interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
}

const fonts = new Map<string, PDFFont>();
beforeAll(async () => {
  const doc = await PDFDocument.create();
  fonts.set('Helvetica', doc.embedStandardFont(StandardFonts.Helvetica));
  fonts.set('Helvetica-Bold', doc.embedStandardFont(StandardFonts.HelveticaBold));
});

// Node's TextDecoder reads windows-1252 as Latin-1, so the 0x80–0x9F row is mapped here.
const WINDOWS_1252_ROW = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const fromWinAnsi = (bytes: string) =>
  [...bytes].map((c) => (c >= '\u0080' && c <= '\u009f' ? WINDOWS_1252_ROW[c.charCodeAt(0) - 0x80] : c)).join('');

/** Every string drawn on the page with where it starts and how wide it is. */
async function coverRuns(pdf: Uint8Array): Promise<{ runs: TextRun[]; mediaBox: number[] }> {
  const { doc, pages } = await readFax(pdf);
  const page = doc.getPages()[0]!;
  const fontDict = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  const runs: TextRun[] = [];
  let font: PDFFont | undefined;
  let size = 0;
  let operands: string[] = [];
  let position = [0, 0];
  for (const token of tokenize(pages[0]!.content)) {
    if (token.kind !== 'operator') {
      operands.push(token.value);
      continue;
    }
    if (token.value === 'Tf') {
      const baseFont = fontDict?.lookup(PDFName.of(operands[0]!.slice(1)), PDFDict).get(PDFName.of('BaseFont'));
      font = fonts.get(baseFont?.toString().slice(1) ?? '');
      size = Number(operands[1]);
    } else if (token.value === 'Tm') position = [Number(operands[4]), Number(operands[5])];
    else if (token.value === 'Tj') {
      const text = fromWinAnsi(operands[0]!);
      runs.push({ text, x: position[0]!, y: position[1]!, width: font!.widthOfTextAtSize(text, size) });
    }
    operands = [];
  }
  return { runs, mediaBox: pages[0]!.mediaBox };
}

const cover = (overrides: Partial<CoverPage> = {}): CoverPage => ({
  to: { name: 'Dr. Ana Souza', number: '+12025550100' },
  from: { name: 'Faxdesk Test Office', number: '+442079460958' },
  subject: 'Lab results',
  message: 'Please find the results attached.',
  date: new Date(2025, 2, 4, 14, 7),
  timeZone: systemTimeZone(),
  confidentialityNotice: DEFAULT_CONFIDENTIALITY_NOTICE,
  ...overrides,
});

let twoPages: Uint8Array;
beforeAll(async () => {
  twoPages = await makePdf({ pages: 2, text: 'Attachment' });
});

describe('the cover page', () => {
  it('says who it is for and from, when, how many pages (itself included) and what about', async () => {
    const prepared = await prepareDocument([{ name: 'results.pdf', bytes: twoPages }], {
      paper: 'letter',
      cover: cover(),
    });
    expect(prepared.pages).toBe(3);
    const { runs } = await coverRuns(prepared.pdf);
    const text = runs.map((r) => r.text);
    expect(text.slice(0, 16)).toEqual([
      'FAX',
      'To',
      'Dr. Ana Souza',
      '+1 202 555 0100',
      'From',
      'Faxdesk Test Office',
      '+44 20 7946 0958',
      'Date',
      'March 4, 2025, 2:07 PM',
      'Pages',
      '3 (including this cover page)',
      'Subject',
      'Lab results',
      // The notice is drawn before the message, at the bottom, in small print.
      expect.stringMatching(/^CONFIDENTIALITY NOTICE: This fax may contain confidential/),
      expect.stringMatching(/^\S/),
      expect.stringMatching(/destroy all pages\.$/),
    ]);
    expect(text.at(-1)).toBe('Please find the results attached.');
  });

  it('leaves the notice out when there is none, and copes with a bare number', async () => {
    const prepared = await prepareDocument([{ name: 'a.pdf', bytes: twoPages }], {
      paper: 'a4',
      cover: cover({ to: { number: '+4930123456' }, confidentialityNotice: null, subject: '  ', message: undefined }),
    });
    const text = (await coverRuns(prepared.pdf)).runs.map((r) => r.text);
    expect(text).toEqual([
      'FAX',
      'To',
      '+49 30 123456',
      'From',
      'Faxdesk Test Office',
      '+44 20 7946 0958',
      'Date',
      '4 March 2025, 14:07',
      'Pages',
      '3 (including this cover page)',
    ]);
  });

  it('replaces what the standard fonts cannot show instead of failing', async () => {
    const prepared = await prepareDocument([{ name: 'a.pdf', bytes: twoPages }], {
      paper: 'letter',
      cover: cover({ to: { name: '王小明 👋', number: '+12025550100' }, message: 'Hello 😀 中文 world – “ok” €5' }),
    });
    const text = (await coverRuns(prepared.pdf)).runs.map((r) => r.text);
    expect(text).toContain('??? ?');
    expect(text.at(-1)).toBe('Hello ? ?? world – “ok” €5');
  });

  it.each(['letter', 'a4'] as PaperSize[])(
    'stays one page on %s, inside the margins, whatever is typed into it',
    async (paper) => {
      const words = 'Results for the patient are attached; call with any questions. '.repeat(160);
      const message = `${words}${'https://example.com/'.repeat(40)} 😀😀 中文\n\n`.slice(0, 10_000);
      expect(message.length).toBe(10_000);
      const prepared = await prepareDocument([{ name: 'a.pdf', bytes: twoPages }], {
        paper,
        cover: cover({
          message,
          subject: 'Re: referral '.repeat(160),
          to: { name: 'Name '.repeat(100), number: '+12025550100' },
          confidentialityNotice: DEFAULT_CONFIDENTIALITY_NOTICE.repeat(5),
        }),
      });
      expect(prepared.pages).toBe(3);
      const { runs, mediaBox } = await coverRuns(prepared.pdf);
      const [, , width, height] = mediaBox as [number, number, number, number];
      for (const run of runs) {
        expect(run.x).toBeGreaterThanOrEqual(54);
        expect(run.x + run.width).toBeLessThanOrEqual(width - 54 + 0.01);
        expect(run.y).toBeGreaterThanOrEqual(54);
        expect(run.y).toBeLessThanOrEqual(height - 54);
      }
      // The subject gets a box of three lines at 12 pt: four once shrunk to 9 pt.
      const subjectLines = runs.filter((r) => r.text.startsWith('Re: referral') || r.text.startsWith('referral'));
      expect(subjectLines.length).toBeLessThanOrEqual(4);
      expect(runs.some((r) => r.text.endsWith('…') && r.text.includes('referral'))).toBe(true);
      expect(runs.at(-1)?.text.endsWith('…')).toBe(true); // the message, cut
      // Text never overlaps: the message ends above the notice.
      const notice = runs.find((r) => r.text.startsWith('CONFIDENTIALITY NOTICE'))!;
      expect(runs.at(-1)!.y).toBeGreaterThan(notice.y + 10);
    },
  );
});
