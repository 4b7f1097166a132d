/** The desk's sections. Buttons in a nav landmark, so they are reachable by Tab and announced as current. */
export type DeskSection = 'send' | 'history' | 'account';

const SECTIONS: Array<{ id: DeskSection; label: string }> = [
  { id: 'send', label: 'Send' },
  { id: 'history', label: 'Outbox & history' },
  { id: 'account', label: 'Settings' },
];

export function DeskNav({ current, onChange }: { current: DeskSection; onChange: (section: DeskSection) => void }) {
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
        </button>
      ))}
    </nav>
  );
}
