/**
 * Composes every page of one received fax: the sending machine's header line on top of each
 * page (time, sender, number, page of pages), the kind's first page, and body text that runs
 * on over the pages after it. Everything comes from the seed, so the same seed gives the same
 * words.
 */
import type { FaxSender } from './fax-people';
import { headerNumber } from './fax-people';
import type { FaxKindName } from './kinds';
import { FAX_KINDS } from './kinds';
import type { DocumentFacts } from './kinds/kind';
import { proseParagraph } from './office-prose';
import { PageComposer } from './page-composer';
import type { PageDrawing } from './page-drawing';
import type { SeededRandom } from './random';

/** Document numbers run on from 4471, so seed 0's invoice is "Invoice 4471". */
export const FIRST_DOCUMENT_NUMBER = 4471;
const FIRST_DAY_MS = Date.UTC(2026, 5, 1, 8, 0);
const DAY_MS = 86_400_000;

export interface DocumentRequest {
  seed: number;
  /** The fax's page count, as the header line counts. */
  pages: number;
  /** How many of the first pages to compose (the rest repeat them, scanned-fax.ts). */
  drawn: number;
  kind: FaxKindName;
  sender: FaxSender;
  /** The number the sender's machine prints in its header; the sender's own by default. */
  fromNumber?: string;
}

function documentTime(seed: number): Date {
  const day = seed % 120;
  const minutes = (seed * 37) % 540;
  return new Date(FIRST_DAY_MS + day * DAY_MS + minutes * 60_000);
}

function headerLine(page: PageComposer, request: DocumentRequest, time: Date, pageNumber: number): void {
  const two = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${two(time.getUTCMonth() + 1)}/${two(time.getUTCDate())}/${time.getUTCFullYear()} ${two(time.getUTCHours())}:${two(time.getUTCMinutes())}`;
  page.row(
    [
      { text: stamp, at: -30 },
      { text: `FROM: ${request.sender.name}`, at: 70 },
      { text: headerNumber(request.fromNumber ?? request.sender.fax), at: 300 },
      { text: `P. ${pageNumber}/${request.pages}`, at: 498, align: 'right' },
    ],
    { size: 9 },
  );
  page.gap(24);
}

function continuationPage(
  page: PageComposer,
  title: string,
  pageNumber: number,
  request: DocumentRequest,
  random: SeededRandom,
): void {
  page.line(`${title} (continued)`, { face: 'bold' });
  page.line(`Page ${pageNumber} of ${request.pages}`, { size: 10 });
  page.gap(8);
  page.fillWithParagraphs(() => proseParagraph(random, random.int(3, 5)));
}

export function composeDocument(request: DocumentRequest, random: SeededRandom): PageDrawing[] {
  const time = documentTime(request.seed);
  const facts: DocumentFacts = {
    sender: request.sender,
    number: FIRST_DOCUMENT_NUMBER + (request.seed % 5000),
    date: time.toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' }),
    random: random.fork(11),
  };
  const kind = FAX_KINDS[request.kind];
  const prose = random.fork(12);
  return Array.from({ length: request.drawn }, (_, i) => {
    const page = new PageComposer(14);
    headerLine(page, request, time, i + 1);
    if (i === 0) kind.firstPage(page, facts);
    else continuationPage(page, kind.title(facts), i + 1, request, prose);
    return page.finish();
  });
}
