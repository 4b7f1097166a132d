/**
 * The inbox: every fax received on this desk's numbers, newest first and unread in bold, live
 * as faxes arrive; search and filters above, the chosen fax beside the list with its pages.
 * Forward and Reply hand a draft to Send (App switches to it).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { useSettings } from '../../data/SettingsProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useRequestedFax } from '../../lib/use-desktop-requests';
import { inboxCountText, isInboxFiltered, NO_INBOX_FILTERS, toInboxQuery, type InboxFilterState } from './inbox-query';
import { ListLoadError } from '../history/ListLoadError';
import { InboxDetail } from './InboxDetail';
import { InboxFilters } from './InboxFilters';
import { InboxList, type InboxListHandle } from './InboxList';
import type { SendDraftHandlers } from './use-inbox-actions';
import { useInboxList } from './use-inbox-list';
import '../history/history.css';
import './inbox.css';

/** `openRequest`: a fax to show at once (a clicked notification). */
export function InboxScreen({
  openRequest,
  ...drafts
}: SendDraftHandlers & { openRequest?: { faxId: string; key: number } | null }) {
  const [filters, setFilters] = useState<InboxFilterState>(NO_INBOX_FILTERS);
  const query = useMemo(() => toInboxQuery(filters), [filters]);
  const { store, snapshot } = useInboxList(query);
  const homeCountry = useSettings()?.defaultCountry;
  const [open, setOpen] = useState<{ fax: ReceivedFaxSummary; focus: number } | null>(null);
  const listRef = useRef<InboxListHandle>(null);

  const onOpen = useCallback(
    (fax: ReceivedFaxSummary, viaKeyboard: boolean) =>
      setOpen((current) => ({ fax, focus: viaKeyboard ? (current?.focus ?? 0) + 1 : 0 })),
    [],
  );
  useRequestedFax(
    openRequest,
    async (id) => (await unwrap(faxdesk().inbox.get(id))).fax,
    (fax) => onOpen(fax, false),
  );
  const onClose = () => {
    const id = open?.fax.id;
    setOpen(null);
    if (id) listRef.current?.focusFax(id);
  };

  const filtered = isInboxFiltered(filters);
  return (
    <section className="history inbox" aria-labelledby="inbox-title">
      <div className="history-header">
        <h2 id="inbox-title">Inbox</h2>
        <p className="history-count" role="status" data-testid="inbox-count">
          {snapshot.counted ? inboxCountText(snapshot.total, filtered) : 'Loading…'}
        </p>
      </div>
      <InboxFilters filters={filters} onChange={setFilters} homeCountry={homeCountry} />
      <ListLoadError error={snapshot.error} onRetry={() => store.retry()} />
      <div className="history-body">
        <InboxList
          ref={listRef}
          snapshot={snapshot}
          store={store}
          openId={open?.fax.id ?? null}
          onOpen={onOpen}
          empty={
            filtered ? (
              <p>No received faxes match these filters.</p>
            ) : (
              <p>No faxes received yet. Faxes sent to your Telnyx numbers appear here as they arrive.</p>
            )
          }
        />
        {open && (
          <InboxDetail
            key={open.fax.id}
            initial={open.fax}
            search={filters.search}
            focusRequest={open.focus}
            onClose={onClose}
            drafts={drafts}
          />
        )}
      </div>
    </section>
  );
}
