/**
 * One received fax in full, beside the list: who sent it and its state, what can be done with it
 * (Forward, Reply, read or unread, save a copy), the words a search matched, its pages in the
 * viewer, its facts and its timeline like a sent fax's. Opening it marks it read. Esc closes it;
 * U marks it read or unread.
 */
import { Fragment, useEffect, useRef, type KeyboardEvent } from 'react';
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { SandboxTag } from '../../components/SandboxMarker';
import { useSettings } from '../../data/SettingsProvider';
import { DetailHeader } from '../history/DetailHeader';
import { TimelineSteps } from '../history/Timeline';
import { useShortcut } from '../shortcuts/use-shortcut';
import { InboxActionButtons } from './InboxActionButtons';
import { SaveReport } from '../reports/SaveReport';
import { InboxDocument } from './InboxDocument';
import { InboxFacts } from './InboxFacts';
import { ReceivedBadge } from './ReceivedBadge';
import { receivedBadge, receivedStep, senderText } from './received-text';
import { useInboxActions, type SendDraftHandlers } from './use-inbox-actions';
import { useInboxDetail } from './use-inbox-detail';

export function InboxDetail({
  initial,
  search,
  focusRequest,
  onClose,
  drafts,
}: {
  initial: ReceivedFaxSummary;
  /** The search the list is filtered by, to show which of its words this fax contains. */
  search: string;
  /** Changes when the detail should take the keyboard focus (opened with Enter); 0 for never. */
  focusRequest: number;
  onClose: () => void;
  drafts: SendDraftHandlers;
}) {
  const { fax, events, matchedWords, error } = useInboxDetail(initial, search);
  const actions = useInboxActions(fax, drafts);
  const homeCountry = useSettings()?.defaultCountry;
  const sender = senderText(fax, homeCountry);
  const badge = receivedBadge(fax);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);
  useShortcut('toggleRead', () => {
    if (!actions.busy) actions.toggleRead();
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <aside className="job-detail inbox-detail" aria-labelledby="inbox-detail-title" onKeyDown={onKeyDown}>
      <DetailHeader id="inbox-detail-title" headingRef={headingRef} title={`Fax from ${sender}`} onClose={onClose} />

      <div className={`job-detail-state fax-state-${badge.kind}`}>
        <ReceivedBadge badge={badge} fax={fax} />
        {fax.sandbox && <SandboxTag />}
        {badge.note && (
          <p className="job-detail-next" data-testid="inbox-state-note">
            {badge.note}
          </p>
        )}
      </div>

      <InboxActionButtons fax={fax} actions={actions} />
      <SaveReport key={fax.id} faxId={fax.id} />
      {(actions.error ?? error) && (
        <p role="alert" className="error job-detail-error">
          {actions.error ?? error}
        </p>
      )}
      {matchedWords.length > 0 && (
        <p className="inbox-matched" data-testid="inbox-matched-words">
          Matched:{' '}
          {matchedWords.map((word, index) => (
            <Fragment key={`${word}-${index}`}>
              {index > 0 && ', '}
              <mark>{word}</mark>
            </Fragment>
          ))}
        </p>
      )}

      <InboxDocument fax={fax} title={`Fax from ${sender}`} />
      <InboxFacts fax={fax} homeCountry={homeCountry} />

      <section className="job-detail-timeline" aria-labelledby="inbox-timeline-title">
        <h4 id="inbox-timeline-title">Timeline</h4>
        {events ? (
          <TimelineSteps steps={events.map((event) => ({ ...event, ...receivedStep(event.status) }))} />
        ) : (
          !error && <p aria-busy="true">Loading…</p>
        )}
      </section>
    </aside>
  );
}
