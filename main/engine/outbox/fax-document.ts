/**
 * How a send's document is made, in one place for queuing the send (intake.ts) and for
 * previewing it before Send (preview.ts), so the preview is the very document the recipient
 * gets: who it is from, the files' pages made once for the send, and each recipient's cover
 * page put in front of them.
 */
import type { CoverPage, PreparedDocument, SourceFile } from '../documents';
import { DocumentError } from '../documents/document-error';
import type { DocumentProcessor } from '../documents/processor';
import { FaxdeskError } from '../errors';
import { toE164 } from '../numbers/phone-number';
import type { Settings } from '../../../domain/settings';

export interface CoverRequest {
  subject?: string | null;
  message?: string | null;
}

/** The number and fax application a send goes from: the request's, or the settings'. */
export function sendingFrom(
  settings: Settings,
  request: { from?: string | null; connectionId?: string | null },
): { from: string; connectionId: string } {
  const from = request.from ? toE164(request.from, settings.defaultCountry) : settings.fromNumber;
  const connectionId = request.connectionId ?? settings.connectionId;
  if (!from || !connectionId) {
    throw new FaxdeskError(
      'not_connected',
      'Choose the fax application and the number to send from first (in the app, or with `faxdesk account`).',
    );
  }
  return { from, connectionId };
}

/** The files' pages, made once per send; with a cover page, counted for the cover that follows. */
export function prepareBody(
  documents: DocumentProcessor,
  files: SourceFile[],
  settings: Settings,
  withCover: boolean,
): Promise<PreparedDocument> {
  return asDocumentError(() =>
    documents.prepare(files, { paper: settings.paperSize, cover: null, coverToFollow: withCover }),
  );
}

/** One recipient's cover page, dated `now` in the desk's time zone; its subject and message as the form had them. */
export function coverPageFor(
  settings: Settings,
  from: string,
  cover: CoverRequest,
  recipient: { number: string; name?: string | null },
  when: { now: number; timeZone: string },
): CoverPage {
  return {
    to: { name: recipient.name ?? undefined, number: recipient.number },
    from: { name: settings.senderName ?? undefined, number: from },
    subject: cover.subject?.trim() || undefined,
    message: cover.message?.trim() || undefined,
    date: new Date(when.now),
    timeZone: when.timeZone,
    confidentialityNotice: settings.confidentialityNotice,
  };
}

/** A recipient's document: their cover page in front of the body, or the body alone. */
export function withCoverPage(
  documents: DocumentProcessor,
  body: PreparedDocument,
  settings: Settings,
  cover: CoverPage | null,
): Promise<PreparedDocument> {
  if (!cover) return Promise.resolve(body);
  return asDocumentError(() => documents.addCover(body, { paper: settings.paperSize, cover }));
}

/** Runs a document step, turning a document the person must fix into the FaxdeskError that says so. */
async function asDocumentError<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw explainIfDocumentError(error);
  }
}

/**
 * A document that cannot be faxed is the person's to fix: a DocumentError becomes the same
 * `invalid_document` error wherever it is found; any other error is returned as it is.
 */
export function explainIfDocumentError(error: unknown): unknown {
  return error instanceof DocumentError ? new FaxdeskError('invalid_document', error.message, { cause: error }) : error;
}
