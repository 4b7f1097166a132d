/** A reader's account of a document's words is believed only in its one expected shape. */
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_TEXT_CHARACTERS } from '../../../main/engine/documents/limits';
import { checkPageTexts } from '../../../main/engine/documents/page-text-check';

const good = [
  { page: 1, text: 'Invoice 4471', source: 'ocr' },
  { page: 2, text: '', source: 'none' },
  { page: 3, text: 'Terms', source: 'layer' },
];

describe('checkPageTexts', () => {
  it('takes one entry a page, in order, keeping only the known fields', () => {
    const extra = good.map((entry) => ({ ...entry, html: '<b>x</b>' }));
    expect(checkPageTexts(extra, 3)).toEqual(good);
  });

  it.each([
    ['not a list', { page: 1 }],
    ['a page missing', good.slice(0, 2)],
    ['pages out of order', [good[1], good[0], good[2]]],
    ['text that is not a string', [{ ...good[0], text: 42 }, good[1], good[2]]],
    ['an unknown source', [{ ...good[0], source: 'guess' }, good[1], good[2]]],
    ['words on a page that has none', [good[0], { ...good[1], text: 'x' }, good[2]]],
    ['a page longer than any page', [{ ...good[0], text: 'x'.repeat(MAX_PAGE_TEXT_CHARACTERS + 1) }, good[1], good[2]]],
    ['an entry that is not an object', [null, good[1], good[2]]],
  ])('refuses %s', (_, value) => {
    expect(() => checkPageTexts(value, 3)).toThrow(/not a document’s words/);
  });
});
