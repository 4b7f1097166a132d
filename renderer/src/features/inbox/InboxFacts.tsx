/**
 * The facts of one received fax: who sent it (with the caller id their machine gave), which
 * number it came to, pages, when, how long the call took, its state and failure in words, where
 * its document is, and that read or unread is this desk's own.
 */
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { fullTime } from '../history/format-time';
import { archiveText, durationText, pagesText, receivedBadge, senderText } from './received-text';

export function InboxFacts({ fax, homeCountry }: { fax: ReceivedFaxSummary; homeCountry: string | undefined }) {
  const duration = durationText(fax.callDurationSecs);
  return (
    <dl className="facts job-detail-facts" data-testid="inbox-facts">
      <dt>From</dt>
      <dd>{senderText(fax, homeCountry)}</dd>
      <dt>To</dt>
      <dd>{formatFaxNumber(fax.to, homeCountry)}</dd>
      <dt>Pages</dt>
      <dd>{pagesText(fax)}</dd>
      <dt>Received</dt>
      <dd>{fullTime(fax.receivedAt)}</dd>
      {duration && (
        <>
          <dt>Call</dt>
          <dd>{duration}</dd>
        </>
      )}
      <dt>Status</dt>
      <dd>{fax.status === 'failed' ? (fax.failureText ?? 'The call failed.') : receivedBadge(fax).label}</dd>
      <dt>Document</dt>
      <dd data-testid="inbox-archive-state">{archiveText(fax)}</dd>
      <dt>Read</dt>
      <dd>{fax.read ? 'Read' : 'Unread'} — read and unread are kept on this desk only.</dd>
    </dl>
  );
}
