/** A received fax's state as a badge: a word and a shape in history's colours, never colour alone. */
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { StateChip } from '../history/StatusBadge';
import type { ReceivedBadge as Badge } from './received-text';

export function ReceivedBadge({ badge, fax }: { badge: Badge; fax: ReceivedFaxSummary }) {
  return <StateChip kind={badge.kind} label={badge.label} status={fax.status} />;
}
