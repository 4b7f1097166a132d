/**
 * What the sandbox keeps for a document it is asked to take from a `media_url`. The sandbox is
 * offline by design and never fetches a URL it is given, so it stores a one-page PDF that says
 * where the document would have come from: downloads, page counts and faxes by `media_name`
 * then behave as they would with a real one-page file (POST /faxes treats a `media_url` the
 * same way: one readable page).
 */
import { writeTextPdf } from './pdf-writer';

/** How much of a (up to 2000-character) URL the page shows, in lines of this length. */
const URL_LINE_LENGTH = 72;
const MAX_URL_LINES = 8;

export const REMOTE_DOCUMENT_TYPE = 'application/pdf';

function urlLines(url: string): string[] {
  const lines: string[] = [];
  for (let at = 0; at < url.length && lines.length < MAX_URL_LINES; at += URL_LINE_LENGTH) {
    lines.push(url.slice(at, at + URL_LINE_LENGTH));
  }
  if (url.length > URL_LINE_LENGTH * MAX_URL_LINES) lines.push('...');
  return lines;
}

/** A one-page PDF standing in for the document at `url`. */
export function remoteDocumentStandIn(url: string): Buffer {
  return writeTextPdf([
    [
      'Document from a media_url',
      ...urlLines(url),
      'The Faxdesk sandbox works offline and does not fetch remote files;',
      'this page stands in for the document at that address.',
    ],
  ]);
}
