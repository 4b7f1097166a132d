/**
 * Outbox and history: every fax ever sent, newest first, live as faxes move; filters above,
 * the chosen fax's detail beside the list, and a plain word when Telnyx cannot be reached.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import { useConnectivity } from '../../data/ConnectivityProvider';
import { useJobCache } from '../../data/JobCacheProvider';
import { unwrap, faxdesk } from '../../lib/api';
import { useRequestedFax } from '../../lib/use-desktop-requests';
import { HistoryFilters } from './HistoryFilters';
import { JobDetail } from './JobDetail';
import { JobList, type JobListHandle } from './JobList';
import { ListLoadError } from './ListLoadError';
import { isFiltered, NO_FILTERS, toListQuery, type HistoryFilterState } from './job-query';
import { OfflineBanner } from './OfflineBanner';
import { useJobList } from './use-job-list';
import './history.css';

/** `openRequest`: a fax to show at once (a clicked notification). */
export function HistoryScreen({ openRequest }: { openRequest?: { faxId: string; key: number } | null } = {}) {
  const [filters, setFilters] = useState<HistoryFilterState>(NO_FILTERS);
  const query = useMemo(() => toListQuery(filters), [filters]);
  const { store, snapshot } = useJobList(query);
  const cache = useJobCache();
  const connectivity = useConnectivity();
  // `focus` counts keyboard opens, so Enter on the fax already open still moves focus to its detail.
  const [open, setOpen] = useState<{ job: JobSummary; focus: number } | null>(null);
  const listRef = useRef<JobListHandle>(null);

  const onOpen = useCallback(
    (job: JobSummary, viaKeyboard: boolean) =>
      setOpen((current) => ({ job, focus: viaKeyboard ? (current?.focus ?? 0) + 1 : 0 })),
    [],
  );
  useRequestedFax(
    openRequest,
    async (id) => (await unwrap(faxdesk().jobs.get(id))).job,
    (job) => onOpen(job, false),
  );
  // Deleted elsewhere (by the command line): its detail closes too.
  useEffect(
    () =>
      cache.subscribe((change) => {
        if (change.kind === 'deleted') setOpen((current) => (current?.job.id === change.id ? null : current));
      }),
    [cache],
  );
  const onClose = () => {
    const id = open?.job.id;
    setOpen(null);
    if (id) listRef.current?.focusJob(id);
  };
  const onDeleted = (id: string) => {
    setOpen(null);
    // The fax is gone: the list takes the focus back, on the row that moved into its place.
    listRef.current?.focusJob(id);
  };

  const filtered = isFiltered(filters);
  const counted = snapshot.counted ? countText(snapshot.total, filtered) : 'Loading…';

  return (
    <section className="history" aria-labelledby="history-title">
      <div className="history-header">
        <h2 id="history-title">Outbox and history</h2>
        <p className="history-count" role="status" data-testid="history-count">
          {counted}
        </p>
      </div>
      <OfflineBanner connectivity={connectivity} />
      <HistoryFilters filters={filters} onChange={setFilters} />
      <ListLoadError error={snapshot.error} onRetry={() => store.retry()} />
      <div className="history-body">
        <JobList
          ref={listRef}
          snapshot={snapshot}
          store={store}
          openId={open?.job.id ?? null}
          onOpen={onOpen}
          empty={
            filtered ? (
              <p>No faxes match these filters.</p>
            ) : (
              <p>No faxes yet. Faxes you send appear here, with every step they take.</p>
            )
          }
        />
        {open && (
          <JobDetail
            key={open.job.id}
            initial={open.job}
            focusRequest={open.focus}
            onClose={onClose}
            onDeleted={onDeleted}
          />
        )}
      </div>
    </section>
  );
}

function countText(count: number, filtered: boolean): string {
  if (count === 0) return filtered ? 'No faxes match' : 'No faxes yet';
  const faxes = `${count.toLocaleString()} ${count === 1 ? 'fax' : 'faxes'}`;
  return filtered ? `${faxes} ${count === 1 ? 'matches' : 'match'}` : faxes;
}
