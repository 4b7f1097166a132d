/** The page count of a send while its files are still being checked: never a "0 pages" that is not true. */
import { describe, expect, it } from 'vitest';
import { checkingCount, pageSummary } from '../../../renderer/src/features/send/page-summary';
import type { SendFile } from '../../../renderer/src/features/send/send-model';

const file = (state: SendFile['state'], pages: number | null = null): SendFile => ({
  id: `${state}-${pages}`,
  name: 'a.pdf',
  size: 877,
  bytes: null,
  token: null,
  state,
  kind: pages === null ? null : 'pdf',
  pages,
  error: null,
});

describe('pageSummary', () => {
  it('counts the pages of checked files, and the cover page', () => {
    expect(pageSummary({ documentPages: 3, withCover: false, checking: 0 })).toEqual({ total: '3 pages', notes: [] });
    expect(pageSummary({ documentPages: 2, withCover: true, checking: 0 })).toEqual({
      total: '3 pages',
      notes: ['2 + cover page'],
    });
    expect(pageSummary({ documentPages: 0, withCover: false, checking: 0 }).total).toBe('0 pages');
  });

  it('says "Checking…" while nothing is counted yet, with or without a cover page', () => {
    expect(pageSummary({ documentPages: 0, withCover: false, checking: 2 })).toEqual({ total: 'Checking…', notes: [] });
    expect(pageSummary({ documentPages: 0, withCover: true, checking: 1 })).toEqual({ total: 'Checking…', notes: [] });
  });

  it('says "so far" and how many files are still being checked', () => {
    expect(pageSummary({ documentPages: 1, withCover: false, checking: 1 })).toEqual({
      total: '1 page so far',
      notes: ['checking 1 more file'],
    });
    expect(pageSummary({ documentPages: 2, withCover: true, checking: 3 })).toEqual({
      total: '3 pages so far',
      notes: ['2 + cover page', 'checking 3 more files'],
    });
  });
});

describe('checkingCount', () => {
  it('counts only the files still being checked', () => {
    expect(checkingCount([file('checking'), file('ready', 2), file('error'), file('checking')])).toBe(2);
  });
});
