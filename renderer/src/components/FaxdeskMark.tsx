/** The Faxdesk mark: a sheet going through a fax slot. Decorative; the name sits beside it. */
export function FaxdeskMark({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="app-logo">
      <rect x="3" y="10" width="18" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M7 10V3h8l2 2v5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      <path d="M7 14h10M7 17h6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
