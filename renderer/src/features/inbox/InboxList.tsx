/**
 * Every received fax, newest first, in one virtualised grid built like history's (the same
 * store, virtualiser and roving focus: use-virtual-rows.ts), so 10,000 received faxes scroll
 * like ten. Keyboard: arrows, Page Up/Down, Home/End move between faxes; Enter opens one.
 */
import { useImperativeHandle, type ReactNode, type Ref } from 'react';
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { useSettings } from '../../data/SettingsProvider';
import { FaxGrid } from '../history/FaxGrid';
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
    <FaxGrid
      label="Received faxes, newest first"
      columnCount={INBOX_COLUMN_COUNT}
      total={count}
      counted={snapshot.counted}
      totalSize={totalSize}
      header={<InboxListHeader height={headerHeight} />}
      empty={empty}
      scrollRef={scrollRef}
      gridHandlers={gridHandlers}
    >
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
    </FaxGrid>
  );
}
