/**
 * pdf-lib skips page-tree entries it cannot resolve, so a damaged file would quietly lose
 * pages. Walking the tree ourselves (safe against cycles) tells a complete document from one
 * with pages missing.
 */
import { PDFArray, PDFName, type PDFDict, type PDFDocument } from '@cantoo/pdf-lib';
import { dictOf, resolve } from './pdf-objects';

export interface PageTreeCheck {
  /** Page (leaf) entries that resolve to a dictionary. */
  pages: number;
  /** Entries that are missing, not dictionaries, or seen twice (a cycle). */
  damaged: boolean;
}

export function checkPageTree(doc: PDFDocument): PageTreeCheck {
  const { context } = doc;
  const root = dictOf(context, doc.catalog.get(PDFName.of('Pages')));
  if (!root) return { pages: 0, damaged: true };

  const seen = new Set<PDFDict>([root]);
  const pending: PDFDict[] = [root];
  let pages = 0;
  while (pending.length > 0) {
    const node = pending.pop() as PDFDict;
    const kids = resolve(context, node.get(PDFName.of('Kids')));
    if (!(kids instanceof PDFArray)) {
      if (node !== root) pages++;
      continue;
    }
    for (let i = 0; i < kids.size(); i++) {
      const kid = dictOf(context, kids.get(i));
      if (!kid || seen.has(kid)) return { pages, damaged: true };
      seen.add(kid);
      pending.push(kid);
    }
  }
  return { pages, damaged: false };
}
