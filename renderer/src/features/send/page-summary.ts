/**
 * How many pages a send comes to, in words, while files may still be being checked. Only
 * checked files have a page count, so while any is still being checked the count says
 * "so far", or "Checking…" when nothing is counted yet — never a "0 pages" that is not true.
 */
import { pagesText, type SendFile } from './send-model';

export interface PageSummary {
  /** "3 pages", "3 pages so far" or "Checking…". */
  total: string;
  /** What the total is made of or still waits for ("2 + cover page", "checking 1 more file"), if anything. */
  notes: string[];
}

export function checkingCount(files: readonly SendFile[]): number {
  return files.filter((file) => file.state === 'checking').length;
}

export function pageSummary({
  documentPages,
  withCover,
  checking,
}: {
  documentPages: number;
  withCover: boolean;
  /** Files not yet checked, whose pages are not counted. */
  checking: number;
}): PageSummary {
  if (checking > 0 && documentPages === 0) return { total: 'Checking…', notes: [] };
  const total = pagesText(documentPages + (withCover ? 1 : 0));
  const notes = withCover && documentPages > 0 ? [`${documentPages} + cover page`] : [];
  if (checking === 0) return { total, notes };
  return {
    total: `${total} so far`,
    notes: [...notes, `checking ${checking === 1 ? '1 more file' : `${checking} more files`}`],
  };
}
