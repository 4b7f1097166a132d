/**
 * The one look of "sandbox": in sandbox mode the built-in simulator answers instead of
 * Telnyx and nothing is faxed, so the header, the status bar and every fax made there say so
 * in words (never by colour alone), and nobody trying Faxdesk believes a real fax went out.
 */
import './sandbox.css';

/** While Faxdesk is in sandbox mode: in the header and the status bar, for as long as it lasts. */
export function SandboxMarker({ testId }: { testId: string }) {
  return (
    <span className="sandbox-marker" data-testid={testId}>
      <SandboxIcon />
      Sandbox — nothing is sent
    </span>
  );
}

/** On a fax made in sandbox mode, whatever mode Faxdesk is in now. */
export function SandboxTag() {
  return (
    <span className="sandbox-tag" data-testid="sandbox-tag" title="Made in sandbox mode: nothing was faxed">
      <SandboxIcon />
      Sandbox<span className="visually-hidden"> — nothing was faxed</span>
    </span>
  );
}

function SandboxIcon() {
  return (
    <svg className="sandbox-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 13h12M4 13l1.5-6h5L12 13M6.5 7V3h3v4" />
    </svg>
  );
}
