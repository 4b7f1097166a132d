/**
 * Every fax, newest first, in one virtualised grid: only the rows in view (and the row with
 * the keyboard focus) are in the page, so a history of 100,000 faxes scrolls like one of ten.
 * Rows have a fixed height; `total` sizes the scrollbar and pages load as rows come into view.
 *
 * Keyboard: arrows, Page Up/Down, Home/End move between faxes; Enter opens one.
 */
import { useImperativeHandle, type ReactNode, type Ref } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import type { JobListSnapshot, JobListStore } from './job-list-store';
import { useSettings } from '../../data/SettingsProvider';
import { COLUMN_COUNT, JobListHeader } from './JobListHeader';
import { JobRow } from './JobRow';
import { FaxGrid } from './FaxGrid';
import { useVirtualRows } from './use-virtual-rows';

export interface JobListHandle {
  /** Puts the keyboard focus back on a fax (after its detail closes). */
  focusJob(id: string): void;
}

export function JobList({
  snapshot,
  store,
  openId,
  onOpen,
  empty,
  ref,
}: {
  snapshot: JobListSnapshot;
  store: JobListStore;
  openId: string | null;
  onOpen: (job: JobSummary, viaKeyboard: boolean) => void;
  /** Shown when there is nothing to list. */
  empty: ReactNode;
  ref?: Ref<JobListHandle>;
}) {
  // For the rows: the redial setting ("retry 2 of 3") and the home country numbers are shown for.
  const settings = useSettings();
  const { scrollRef, rowHeight, headerHeight, items, totalSize, activeIndex, focusJob, onActivate, gridHandlers } =
    useVirtualRows({ snapshot, store, onOpen });
  useImperativeHandle(ref, () => ({ focusJob }), [focusJob]);
  const { rows } = snapshot;
  const count = snapshot.total;

  return (
    <FaxGrid
      label="Faxes, newest first"
      columnCount={COLUMN_COUNT}
      total={count}
      counted={snapshot.counted}
      totalSize={totalSize}
      header={<JobListHeader height={headerHeight} />}
      empty={empty}
      scrollRef={scrollRef}
      gridHandlers={gridHandlers}
    >
      {items.map((item) => {
        const job = rows[item.index];
        return (
          <JobRow
            key={item.key}
            job={job}
            index={item.index}
            top={item.start - headerHeight}
            height={rowHeight}
            tabStop={item.index === activeIndex}
            selected={job !== undefined && job.id === openId}
            onActivate={onActivate}
            redialAttempts={settings?.redialAttempts ?? null}
            homeCountry={settings?.defaultCountry}
          />
        );
      })}
    </FaxGrid>
  );
}
