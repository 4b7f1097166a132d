/**
 * A fax's state as a badge: a word and a shape, never colour alone (a clock, a paper plane, a
 * tick, a cross, a barred circle, a question mark; for waiting, an hourglass, a turning arrow
 * for a redial, a crossed signal when offline, a warning sign when the account needs a look).
 */
import type { JobSummary } from '../../../../preload/contract';
import type { BadgeKind, StatusBadge as Badge } from './status-badge';

const ICON_PATHS: Record<BadgeKind, string> = {
  waiting: 'M4 1.75h8M4 14.25h8M5 1.75v2.5L8 8l3-3.75v-2.5M5 14.25v-2.5L8 8l3 3.75v2.5',
  scheduled: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM8 4.5V8l2.4 1.6',
  redial: 'M13.6 8a5.6 5.6 0 1 1-1.65-3.95M12.3 1.6v2.8H9.5',
  offline: 'M1.5 6.2a9.5 9.5 0 0 1 13 0M3.8 8.7a6.2 6.2 0 0 1 8.4 0M6.1 11.1a2.9 2.9 0 0 1 3.8 0M8 13.6v.05M2 2l12 12',
  attention: 'M8 1.6 14.9 13.9H1.1ZM8 6v3.6M8 11.75v.05',
  sending: 'M1.9 7.4 14.2 2 9.6 14.2 7.6 9.1ZM7.6 9.1 14.2 2',
  delivered: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM5.1 8.2l2 2 3.9-4.3',
  failed: 'M5.4 1.75h5.2l3.65 3.65v5.2l-3.65 3.65H5.4L1.75 10.6V5.4ZM5.9 5.9l4.2 4.2M10.1 5.9l-4.2 4.2',
  cancelled: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM3.6 3.6l8.8 8.8',
  unconfirmed: 'M8 1.4 14.6 8 8 14.6 1.4 8ZM6.4 6.5a1.65 1.65 0 1 1 2.35 1.5c-.5.25-.75.6-.75 1.1v.3M8 11.15v.05',
};

export function StatusIcon({ kind }: { kind: BadgeKind }) {
  return (
    <svg className="fax-state-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[kind]} />
    </svg>
  );
}

export function StatusBadge({ badge, job }: { badge: Badge; job: JobSummary }) {
  return <StateChip kind={badge.kind} label={badge.label} status={job.status} />;
}

/** The chip itself, for a sent fax (StatusBadge) or a received one; `status` is the fax's own, for tests. */
export function StateChip({ kind, label, status }: { kind: BadgeKind; label: string; status: string }) {
  return (
    <span className={`fax-state-chip fax-state-${kind}`} data-status={status} data-badge={kind}>
      <StatusIcon kind={kind} />
      {label}
    </span>
  );
}
