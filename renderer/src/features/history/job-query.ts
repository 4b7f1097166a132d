/**
 * The filters of the history list, as the person sets them, and as `jobs.list` takes them.
 * `matchesQuery` decides whether a fax that appears live belongs in the list on screen; it
 * mirrors the engine's search closely enough for that, and the next load asks the engine.
 */
import type { JobStatus, JobSummary } from '../../../../preload/contract';

/** What the status filter offers: "submitting" is shown, and filtered, as sending. */
export const STATUS_FILTERS = ['waiting', 'sending', 'delivered', 'failed', 'cancelled', 'unconfirmed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface HistoryFilterState {
  statuses: StatusFilter[];
  search: string;
  /** yyyy-mm-dd from the date inputs, '' when not set; both days are included. */
  from: string;
  to: string;
}

export const NO_FILTERS: HistoryFilterState = { statuses: [], search: '', from: '', to: '' };

export interface ListQuery {
  status?: JobStatus[];
  search?: string;
  createdFrom?: number;
  createdTo?: number;
}

export function isFiltered(filters: HistoryFilterState): boolean {
  return filters.statuses.length > 0 || filters.search.trim() !== '' || filters.from !== '' || filters.to !== '';
}

/** The start of a local day, from a date input's value; null when empty or unreadable. */
function startOfDay(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/** The end of the range is exclusive for the engine, so "to" becomes the start of the next day. */
function startOfNextDay(value: string): number | null {
  const start = startOfDay(value);
  if (start === null) return null;
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return next.getTime();
}

export function dateRangeProblem(filters: HistoryFilterState): string | null {
  const from = startOfDay(filters.from);
  const to = startOfDay(filters.to);
  return from !== null && to !== null && from > to ? 'The "Sent since" date is after the "Sent until" date.' : null;
}

export function toListQuery(filters: HistoryFilterState): ListQuery {
  const query: ListQuery = {};
  if (filters.statuses.length > 0) {
    query.status = filters.statuses.flatMap((s): JobStatus[] => (s === 'sending' ? ['submitting', 'sending'] : [s]));
  }
  const search = filters.search.trim();
  if (search) query.search = search.slice(0, 200);
  const from = startOfDay(filters.from);
  const to = startOfNextDay(filters.to);
  if (from !== null) query.createdFrom = from;
  if (to !== null) query.createdTo = to;
  return query;
}

/** Whether a job belongs in a list loaded with this query. */
export function matchesQuery(job: JobSummary, query: ListQuery): boolean {
  if (query.status && !query.status.includes(job.status)) return false;
  if (query.createdFrom !== undefined && job.createdAt < query.createdFrom) return false;
  if (query.createdTo !== undefined && job.createdAt >= query.createdTo) return false;
  return query.search ? matchesSearch(job, query.search) : true;
}

/** Digits typed with separators search the number; words must each start a word of the fax. */
function matchesSearch(job: JobSummary, search: string): boolean {
  const digitsOfNumber = job.to.replace(/\D/g, '');
  if (/^[\d\s().+-]+$/.test(search)) {
    const digits = search.replace(/\D/g, '');
    return digits === '' || digitsOfNumber.includes(digits);
  }
  const text = [job.contactName ?? '', job.recipientName ?? '', job.subject ?? '', ...job.files]
    .join(' ')
    .normalize('NFKC')
    .toLowerCase();
  const words = new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  return search
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+]+/u)
    .map((w) => w.replace(/^\++/, ''))
    .filter(Boolean)
    .every((term) => digitsOfNumber.includes(term) || [...words].some((word) => word.startsWith(term)));
}
