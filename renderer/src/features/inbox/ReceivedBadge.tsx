/** A received fax's state as a badge: a word and a shape in history's colours, never colour alone. */
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { StatusIcon } from '../history/StatusBadge';
import type { ReceivedBadge as Badge } from './received-text';

export function ReceivedBadge({ badge, fax }: { badge: Badge; fax: ReceivedFaxSummary }) {
  return (
    <span className={`fax-state-chip fax-state-${badge.kind}`} data-status={fax.status} data-badge={badge.kind}>
      <StatusIcon kind={badge.kind} />
      {badge.label}
    </span>
  );
}
