import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { isWinAnsi, toWinAnsi } from '../../../main/engine/documents/winansi';

describe('toWinAnsi()', () => {
  it('keeps what Windows-1252 can show, typographic quotes, dashes and the euro sign included', () => {
    const text = 'Café “quoted” – 10 € — naïve • œuvre ™ Žižek';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('replaces each emoji and CJK character (as a person sees it) with one "?"', () => {
    expect(toWinAnsi('Thanks 👍🏽 👨‍👩‍👧 🇺🇸!')).toBe('Thanks ? ? ?!');
    expect(toWinAnsi('東京の見積書')).toBe('??????');
  });

  it('drops accents that have no Windows-1252 form but keep a plain letter', () => {
    expect(toWinAnsi('Dvořák, Łódź, Őrség, ﬁle, Ａ')).toBe('Dvorák, Lódz, Orség, file, A');
  });

  it('removes invisible characters and control codes; turns odd spaces into spaces', () => {
    expect(toWinAnsi('a\u200bb\u00adc\u0007d\u2003e\ufeff')).toBe('abcd e');
  });

  it('keeps line breaks only when asked, normalising CR LF', () => {
    expect(toWinAnsi('one\r\ntwo\rthree', { keepLineBreaks: true })).toBe('one\ntwo\nthree');
    expect(toWinAnsi('one\r\ntwo')).toBe('one two');
  });

  it('produces text Helvetica can encode, whatever goes in', () => {
    const everything = Array.from({ length: 0x3000 }, (_, i) => String.fromCodePoint(i)).join('') + '😀𝒜中';
    const out = toWinAnsi(everything, { keepLineBreaks: true });
    for (const char of out.replace(/\n/g, '')) expect(isWinAnsi(char.codePointAt(0) ?? 0)).toBe(true);
  });

  it('agrees with pdf-lib about which characters Helvetica has', async () => {
    const doc = await PDFDocument.create();
    const font = doc.embedStandardFont(StandardFonts.Helvetica);
    const winAnsi = Array.from({ length: 0x2200 }, (_, i) => i).filter(isWinAnsi);
    expect(winAnsi).toHaveLength(95 + 96 + 27);
    for (const cp of winAnsi) expect(font.widthOfTextAtSize(String.fromCodePoint(cp), 10)).toBeGreaterThan(0);
  });
});
