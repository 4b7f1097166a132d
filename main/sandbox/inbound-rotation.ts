/**
 * What `faxdesk sandbox --inbound-every` delivers, fax after fax: a fixed rotation so a demo or
 * a test run sees the same mix every time. In every six deliveries, four are received faxes
 * of rotating kinds, senders and page counts, one arrives with a link that expires after a few
 * seconds (a client must refresh it), and one is a failed call, alternating between the two
 * ways an inbound call usually fails.
 */
import type { InboundFaxOptions } from './inbound';
import { FAX_SENDERS } from './scan/fax-people';
import { FAX_KIND_NAMES } from './scan/kinds';

export const ROTATION_LENGTH = 6;
/** Where in each six the failed call and the short-lived link fall. */
const FAILED_SLOT = 4;
const SHORT_LINK_SLOT = 2;
export const SHORT_LINK_TTL_MS = 5_000;
export const INBOUND_FAILURES = ['sender_call_dropped', 'sender_communication_error'] as const;
const PAGE_COUNTS = [1, 2, 1, 3, 1] as const;

/** The `index`-th delivery (0, 1, 2, …) to the account's number `to`. */
export function rotatingInbound(index: number, to: string): InboundFaxOptions {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`index must be a whole number, got ${index}`);
  const sender = FAX_SENDERS[index % FAX_SENDERS.length] ?? FAX_SENDERS[0];
  const slot = index % ROTATION_LENGTH;
  const delivery: InboundFaxOptions = {
    from: sender?.fax ?? '+13125550199',
    to,
    seed: index,
    // Shifted by one each round, so every kind also lands on the slots that fail or expire early.
    kind: FAX_KIND_NAMES[(index + Math.floor(index / ROTATION_LENGTH)) % FAX_KIND_NAMES.length],
    pages: PAGE_COUNTS[index % PAGE_COUNTS.length],
  };
  if (slot === FAILED_SLOT) {
    delivery.fail = INBOUND_FAILURES[Math.floor(index / ROTATION_LENGTH) % INBOUND_FAILURES.length];
  }
  if (slot === SHORT_LINK_SLOT) delivery.linkTtlMs = SHORT_LINK_TTL_MS;
  return delivery;
}
