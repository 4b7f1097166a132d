/**
 * What a reader says a document's words are is checked before it is believed, like its other
 * answers (processor.ts): it has just parsed a stranger's file. One entry for each page, in
 * order, each a string of bounded length from a known source; anything else is refused whole.
 */
import { MAX_PAGE_TEXT_CHARACTERS } from './limits';
import type { PageText } from './types';

const SOURCES: ReadonlyArray<PageText['source']> = ['layer', 'ocr', 'none'];

export function checkPageTexts(value: unknown, pages: number): PageText[] {
  if (!Array.isArray(value) || value.length !== pages) throw notPageTexts();
  return value.map((entry: unknown, index) => {
    const { page, text, source } = (entry ?? {}) as Partial<Record<keyof PageText, unknown>>;
    if (
      page !== index + 1 ||
      typeof text !== 'string' ||
      text.length > MAX_PAGE_TEXT_CHARACTERS ||
      !SOURCES.includes(source as PageText['source']) ||
      (source === 'none' && text !== '')
    ) {
      throw notPageTexts();
    }
    // Only the fields that are known, whatever else came with them.
    return { page, text, source: source as PageText['source'] };
  });
}

const notPageTexts = () => new Error('The document reader answered with something that is not a document’s words');
