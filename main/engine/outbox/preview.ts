/**
 * A send's document as its first recipient will get it, before Send: the same files' pages,
 * the same cover page (with this recipient, this sender and today's date), made by the same
 * steps a send takes (fax-document.ts) in the same bounded document reader. Nothing is queued,
 * archived or sent, and the volume guard is not asked: looking costs nothing.
 */
import type { PreparedDocument, SourceFile } from '../documents';
import type { DocumentProcessor } from '../documents/processor';
import { parseFaxNumber } from '../numbers/phone-number';
import { coverPageFor, prepareBody, sendingFrom, withCoverPage, type CoverRequest } from './fax-document';
import type { Settings } from '../../../domain/settings';

export interface PreviewRequest {
  documents: SourceFile[];
  /** The first recipient; with none yet, a cover page leaves "To" empty. */
  recipient?: { number: string; name?: string | null } | null;
  cover?: CoverRequest | null;
  from?: string | null;
}

export interface PreviewDeps {
  documents: DocumentProcessor;
  settings: () => Settings;
  now: () => number;
  /** The desk's time zone, which the cover page is dated in. */
  timeZone: string;
}

export async function previewFax(deps: PreviewDeps, request: PreviewRequest): Promise<PreparedDocument> {
  const settings = deps.settings();
  const cover = request.cover ?? null;
  const recipient = request.recipient
    ? {
        number: parseFaxNumber(request.recipient.number, settings.defaultCountry).number,
        name: request.recipient.name?.trim() || null,
      }
    : { number: '', name: null };
  // Only a cover page says who the fax is from: without one, the document does not depend on it.
  const from = cover ? sendingFrom(settings, { from: request.from, connectionId: settings.connectionId }).from : '';
  const body = await prepareBody(deps.documents, request.documents, settings, cover !== null);
  const coverPage = cover
    ? coverPageFor(settings, from, cover, recipient, { now: deps.now(), timeZone: deps.timeZone })
    : null;
  return withCoverPage(deps.documents, body, settings, coverPage);
}
