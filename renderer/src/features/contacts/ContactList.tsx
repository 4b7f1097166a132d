/**
 * The contacts, by name, as a virtual listbox: only the rows in view are in the page, so 10,000
 * contacts scroll like ten. The list itself holds the focus and names the active row
 * (aria-activedescendant); ↓ ↑ Page Down/Up Home End move it, Enter opens the contact.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ContactView } from '../../../../preload/contract';
import type { ContactListSnapshot, ContactListStore } from './contact-list-store';
import { rowKeyTarget } from '../history/row-keys';
import { numbersSummary } from './contact-text';

/** In rem, so rows grow with the person's text size: a name and a line of detail. */
const ROW_REM = 3.5;

export function ContactList({
  snapshot,
  store,
  openId,
  country,
  onOpen,
  empty,
}: {
  snapshot: ContactListSnapshot;
  store: ContactListStore;
  openId: string | null;
  country: string;
  onOpen: (contact: ContactView) => void;
  empty: ReactNode;
}) {
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [remPx] = useState(() => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  const rowHeight = Math.round(ROW_REM * remPx);
  const { total, rows, generation } = snapshot;
  // A new search or a change starts the active row again at the top.
  const [active, setActiveAt] = useState({ index: 0, generation });
  const activeIndex = Math.min(active.generation === generation ? active.index : 0, Math.max(0, total - 1));
  const setActive = (index: number) => setActiveAt({ index, generation });

  const rangeExtractor = useCallback(
    (range: Range) => {
      // The active row stays in the page, so aria-activedescendant always names a row that exists.
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < range.count && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
    [activeIndex],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- rendered from the store's snapshot; nothing memoises the virtualiser's functions
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.id ?? `loading-${index}`,
    rangeExtractor,
    overscan: 8,
  });
  const first = virtualizer.range?.startIndex ?? 0;
  const last = virtualizer.range?.endIndex ?? 0;
  useEffect(() => store.want(first - 20, last + 40), [store, first, last, generation]);

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(total - 1, index));
    setActive(target);
    virtualizer.scrollToIndex(target);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (total === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const target = rowKeyTarget(event.key, activeIndex, total, page);
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const contact = rows[activeIndex];
      if (contact) {
        event.preventDefault();
        onOpen(contact);
      }
    }
  };

  if (snapshot.counted && total === 0) return <div className="contacts-empty">{empty}</div>;
  return (
    <div
      ref={scrollRef}
      className="contacts-list"
      role="listbox"
      aria-label="Contacts"
      tabIndex={0}
      aria-activedescendant={rows[activeIndex] ? `${id}-${activeIndex}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="contact-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const contact = rows[item.index];
          return (
            <div
              key={item.key}
              id={`${id}-${item.index}`}
              role="option"
              aria-selected={contact !== undefined && contact.id === openId}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              className={`contacts-row${item.index === activeIndex ? ' is-active' : ''}`}
              style={{ height: rowHeight, transform: `translateY(${item.start}px)` }}
              onClick={() => {
                setActive(item.index);
                if (contact) onOpen(contact);
              }}
            >
              {contact ? (
                <>
                  <span className="contacts-row-name">{contact.name}</span>
                  <span className="contacts-row-detail">
                    {[contact.organization, numbersSummary(contact, country)].filter(Boolean).join(' · ')}
                  </span>
                </>
              ) : (
                <span className="contacts-row-detail">Loading…</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
