/**
 * The desk's sections. Buttons in a nav landmark, so they are reachable by Tab and announced as
 * current. "Outbox and history" carries the count of faxes that need attention, so a fax that
 * fails while the person is on Send is not missed; "Inbox" the count of faxes not read yet.
 */
import { useUnreadCount } from '../data/InboxCacheProvider';
import { useAttentionCount } from '../features/history/use-attention-count';
import { unreadText } from '../features/inbox/received-text';
import './desk-nav.css';

export type DeskSection = 'send' | 'inbox' | 'history' | 'contacts' | 'account';

const SECTIONS: Array<{ id: DeskSection; label: string }> = [
  { id: 'send', label: 'Send' },
  { id: 'inbox', label: 'Inbox' },
  { id: 'history', label: 'Outbox and history' },
  { id: 'contacts', label: 'Address book' },
  { id: 'account', label: 'Settings' },
];

export function DeskNav({ current, onChange }: { current: DeskSection; onChange: (section: DeskSection) => void }) {
  const attention = useAttentionCount(current === 'history');
  const unread = useUnreadCount() ?? 0;
  return (
    <nav className="desk-nav" aria-label="Faxdesk">
      {SECTIONS.map((section) => (
        <button
          key={section.id}
          type="button"
          className="desk-nav-item"
          aria-current={current === section.id ? 'page' : undefined}
          onClick={() => onChange(section.id)}
        >
          {section.label}
          {section.id === 'history' && attention > 0 && (
            <span className="desk-nav-badge" data-testid="attention-count">
              <span aria-hidden="true">{attention}</span>
              <span className="visually-hidden">, {attentionText(attention)}</span>
            </span>
          )}
          {section.id === 'inbox' && unread > 0 && (
            <span className="desk-nav-badge desk-nav-unread" data-testid="unread-count">
              <span aria-hidden="true">{unread}</span>
              <span className="visually-hidden">, {unreadText(unread)}</span>
            </span>
          )}
        </button>
      ))}
    </nav>
  );
}

const attentionText = (count: number) => `${count} ${count === 1 ? 'fax needs' : 'faxes need'} attention`;
