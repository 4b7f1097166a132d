/**
 * `page[number]` / `page[size]` and the PaginationMeta block. The spec declares default 20 and
 * maximum 250 for fax applications and phone numbers and nothing for /faxes; the sandbox
 * applies the same rule everywhere. Out-of-range values are a 400 (code 10015): it is the one
 * status every list operation declares or falls back to.
 */
import type { QueryParams } from './query';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 250;

export interface PaginationMeta {
  page_number: number;
  page_size: number;
  total_pages: number;
  total_results: number;
}

export interface Page<T> {
  data: T[];
  meta: PaginationMeta;
}

export function paginate<T>(items: readonly T[], query: QueryParams): Page<T> {
  const pageNumber = query.positiveInteger('page[number]', Number.MAX_SAFE_INTEGER) ?? 1;
  const pageSize = query.positiveInteger('page[size]', MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE;
  const start = (pageNumber - 1) * pageSize;
  return {
    data: items.slice(start, start + pageSize),
    meta: {
      page_number: pageNumber,
      page_size: pageSize,
      total_pages: Math.ceil(items.length / pageSize),
      total_results: items.length,
    },
  };
}
