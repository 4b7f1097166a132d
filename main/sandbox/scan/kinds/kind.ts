/**
 * What every kind of scanned fax is given and must provide: the facts of one document (who
 * sends it, its number and date, a random source for its details) and a first page drawn
 * from them. Further pages are body text that runs on (fax-document.ts).
 */
import type { FaxSender } from '../fax-people';
import type { PageComposer } from '../page-composer';
import type { SeededRandom } from '../random';

export interface DocumentFacts {
  sender: FaxSender;
  /** The document's number: invoice, order, report or case number. */
  number: number;
  /** e.g. "June 12, 2026" */
  date: string;
  random: SeededRandom;
}

export interface FaxKind {
  /** The heading of the pages that follow the first. */
  title: (facts: DocumentFacts) => string;
  firstPage: (page: PageComposer, facts: DocumentFacts) => void;
}
