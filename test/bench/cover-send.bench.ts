/**
 * One send with a cover page to 10 recipients, as intake makes it: the files' pages made once and
 * each recipient's cover put in front (prepareDocument with coverToFollow, then addCover), against
 * making each recipient's whole fax from the files, as Faxdesk did before. The files are a
 * 10-page text PDF and a full-page PNG scan; both ways run in-process, turn about.
 */
import { addCover, prepareDocument } from '../../main/engine/documents';
import type { CoverPage, SourceFile } from '../../main/engine/documents';
import { makePdf } from '../fixtures/documents/pdf-fixtures';
import { makePng } from '../fixtures/documents/png-fixtures';
import { compared, interleavedMediansMs, type BenchResult } from './measure';
import { DEFAULT_CONFIDENTIALITY_NOTICE } from '../../domain/confidentiality-notice';

const RECIPIENTS = 10;

const covers: CoverPage[] = Array.from({ length: RECIPIENTS }, (_, i) => ({
  to: { name: `Recipient ${i + 1}`, number: `+1202555${String(100 + i).padStart(4, '0')}` },
  from: { name: 'Front desk', number: '+12025550111' },
  subject: 'Lab results',
  message: 'Please see the attached pages.',
  date: new Date(Date.UTC(2025, 5, 1, 9, 30)),
  timeZone: 'UTC',
  confidentialityNotice: DEFAULT_CONFIDENTIALITY_NOTICE,
}));

export async function coverSendBench(): Promise<BenchResult[]> {
  const files: SourceFile[] = [
    { name: 'report.pdf', bytes: await makePdf({ pages: 10, text: 'REPORT' }) },
    {
      name: 'scan.png',
      bytes: makePng({ width: 1700, height: 2200, colorType: 0, pixel: (x, y) => [(x * 7 + y * 13) % 251] }),
    },
  ];
  const { subject: once, baseline: each } = await interleavedMediansMs(
    async () => {
      const body = await prepareDocument(files, { paper: 'letter', coverToFollow: true });
      for (const cover of covers) await addCover(body, { paper: 'letter', cover });
    },
    async () => {
      for (const cover of covers) await prepareDocument(files, { paper: 'letter', cover });
    },
    3,
  );
  return [
    compared(
      `cover-send: ${RECIPIENTS} recipients with a cover page`,
      once,
      each,
      'ms',
      'body made once, covers in front, vs each fax made whole',
    ),
  ];
}
