/**
 * What the Send form asks documents:preview for: its checked files in order, its first
 * recipient and its cover page; and what the preview is called. Pure, so it is tested alone.
 */
import type { RequestOf } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { coverRequest, type CoverDraft, type Recipient, type SendFile } from './send-model';

export type PreviewRequest = RequestOf<'documents:preview'>;

/** Null while there is nothing to preview: no files yet, or some still being checked or refused. */
export function previewRequest(files: SendFile[], recipients: Recipient[], cover: CoverDraft): PreviewRequest | null {
  if (files.length === 0 || files.some((file) => file.state !== 'ready' || file.token === null)) return null;
  const first = recipients[0];
  return {
    documents: files.map((file) => file.token as string),
    recipient: first ? { number: first.number, name: first.name } : null,
    cover: coverRequest(cover),
  };
}

/** "Preview: fax to Dr. Alvarez", or to the number, or just "Preview" before there is a recipient. */
export function previewTitle(request: PreviewRequest, homeCountry?: string): string {
  const to = request.recipient;
  if (!to) return 'Preview of the fax';
  return `Preview: fax to ${to.name?.trim() || formatFaxNumber(to.number, homeCountry)}`;
}
