/**
 * Every received fax, newest first, in one virtualised grid built like history's (the same
 * store, virtualiser and roving focus: use-virtual-rows.ts), so 10,000 received faxes scroll
 * like ten. Keyboard: arrows, Page Up/Down, Home/End move between faxes; Enter opens one.
 */
import { useImperativeHandle, type ReactNode, type Ref } from 'react';
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { useSettings } from '../../data/SettingsProvider';
import { useVirtualRows } from '../history/use-virtual-rows';
import type { InboxListSnapshot, InboxListStore } from './inbox-list-store';
import { INBOX_COLUMN_COUNT, InboxListHeader } from './InboxListHeader';
import { InboxRow } from './InboxRow';

export interface InboxListHandle {
  /** Puts the keyboard focus back on a fax (after its detail closes). */
  focusFax(id: string): void;
}

export function InboxList({
  snapshot,
  store,
  openId,
  onOpen,
  empty,
  ref,
}: {
  snapshot: InboxListSnapshot;
  store: InboxListStore;
  openId: string | null;
  onOpen: (fax: ReceivedFaxSummary, viaKeyboard: boolean) => void;
  empty: ReactNode;
  ref?: Ref<InboxListHandle>;
}) {
  const settings = useSettings();
  const { scrollRef, rowHeight, headerHeight, items, totalSize, activeIndex, focusJob, onActivate, gridHandlers } =
    useVirtualRows({ snapshot, store, onOpen, rowAttribute: 'data-inbox-row' });
  useImperativeHandle(ref, () => ({ focusFax: focusJob }), [focusJob]);
  const count = snapshot.total;

  return (
    <div className="job-list-frame">
      <div
        ref={scrollRef}
        className="job-list"
        role="grid"
        aria-label="Received faxes, newest first"
        aria-rowcount={count + 1}
        aria-colcount={INBOX_COLUMN_COUNT}
        aria-readonly="true"
        aria-busy={!snapshot.counted}
        {...gridHandlers}
      >
        <InboxListHeader height={headerHeight} />
        <div role="rowgroup" className="job-list-body" style={{ height: totalSize }}>
          {items.map((item) => {
            const fax = snapshot.rows[item.index];
            return (
              <InboxRow
                key={item.key}
                fax={fax}
                index={item.index}
                top={item.start - headerHeight}
                height={rowHeight}
                tabStop={item.index === activeIndex}
                selected={fax !== undefined && fax.id === openId}
                onActivate={onActivate}
                homeCountry={settings?.defaultCountry}
              />
            );
          })}
        </div>
      </div>
      {snapshot.counted && count === 0 && <div className="history-empty">{empty}</div>}
    </div>
  );
}
