/**
 * A fax's state as a chip: a word and a shape, never colour alone (a clock, a paper plane, a
 * tick, a cross, a barred circle, a question mark). "Submitting" shows as sending.
 */
import type { JobStatus } from '../../../../preload/contract';
import { CHIP_LABEL, chipKind, type ChipKind } from './job-text';

const ICON_PATHS: Record<ChipKind, string> = {
  waiting: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM8 4.5V8l2.4 1.6',
  sending: 'M1.9 7.4 14.2 2 9.6 14.2 7.6 9.1ZM7.6 9.1 14.2 2',
  delivered: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM5.1 8.2l2 2 3.9-4.3',
  failed: 'M5.4 1.75h5.2l3.65 3.65v5.2l-3.65 3.65H5.4L1.75 10.6V5.4ZM5.9 5.9l4.2 4.2M10.1 5.9l-4.2 4.2',
  cancelled: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM3.6 3.6l8.8 8.8',
  unconfirmed: 'M8 1.4 14.6 8 8 14.6 1.4 8ZM6.4 6.5a1.65 1.65 0 1 1 2.35 1.5c-.5.25-.75.6-.75 1.1v.3M8 11.15v.05',
};

export function StatusIcon({ kind }: { kind: ChipKind }) {
  return (
    <svg className="fax-state-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[kind]} />
    </svg>
  );
}

export function StatusChip({ status }: { status: JobStatus }) {
  const kind = chipKind(status);
  return (
    <span className={`fax-state-chip fax-state-${kind}`} data-status={kind}>
      <StatusIcon kind={kind} />
      {CHIP_LABEL[kind]}
    </span>
  );
}
