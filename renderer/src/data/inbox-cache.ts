/**
 * The page's one copy of each received fax (fax-cache.ts has the rule for which version wins),
 * fed by inbox:list pages, details, the answers to mark read/unread and `inbox.updated`.
 */
import type { ReceivedFaxSummary } from '../../../preload/contract';
import { FaxCache, type FaxChange } from './fax-cache';

export type InboxChange = FaxChange<ReceivedFaxSummary>;

export class InboxCache extends FaxCache<ReceivedFaxSummary> {}
