/**
 * The foot of the form: what will go (pages, recipients, when), the Send button with its
 * shortcut (and Preview beside it), and either what still stands in the way or what went wrong when sending was tried,
 * and what the person should know before it goes (a warning does not disable the button).
 */
import { useId, type ReactNode } from 'react';
import { ariaKeyShortcuts, shortcutKeys } from '../shortcuts/keyboard-shortcuts';
import { Keys } from '../shortcuts/Keys';
import { pageSummary } from './page-summary';

const WHEN = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

export function SendBar({
  documentPages,
  checking,
  withCover,
  recipients,
  scheduledAt,
  blockers,
  warnings = [],
  busy,
  error,
  onSend,
  preview,
}: {
  documentPages: number;
  /** Files still being checked: their pages are not counted yet. */
  checking: number;
  withCover: boolean;
  recipients: number;
  scheduledAt: number | null;
  blockers: string[];
  warnings?: string[];
  busy: boolean;
  error: string | null;
  onSend: () => void;
  /** The Preview button, beside Send. */
  preview?: ReactNode;
}) {
  const reasonId = useId();
  const pages = pageSummary({ documentPages, withCover, checking });
  // One fax per recipient, and the button says so.
  const noun = recipients > 1 ? `${recipients} faxes` : 'fax';
  const label = busy ? 'Sending…' : `${scheduledAt !== null ? 'Schedule' : 'Send'} ${noun}`;
  const blocked = blockers.length > 0;

  return (
    <div className="send-bar">
      <div className="send-bar-text">
        <p className="send-summary" data-testid="send-summary">
          <strong data-testid="send-total-pages">{pages.total}</strong>
          {pages.notes.length > 0 && <span> ({pages.notes.join(', ')})</span>}
          {recipients > 0 && <span> · to {recipients === 1 ? '1 recipient' : `${recipients} recipients`}</span>}
          {scheduledAt !== null && <span> · {WHEN.format(scheduledAt)}</span>}
        </p>
        {error && (
          <p role="alert" className="send-field-error">
            <span className="send-error-mark" aria-hidden="true">
              !
            </span>
            {error}
          </p>
        )}
        {blocked && (
          <p id={reasonId} className="send-hint">
            {blockers[0]}
          </p>
        )}
        {warnings.map((warning) => (
          <p key={warning} className="send-hint send-warning" data-testid="send-warning">
            {warning}
          </p>
        ))}
      </div>
      <div className="send-bar-actions">
        {preview}
        <button
          type="button"
          className="primary send-button"
          disabled={blocked || busy}
          aria-describedby={blocked ? reasonId : undefined}
          aria-keyshortcuts={ariaKeyShortcuts('send', navigator.platform)}
          onClick={onSend}
        >
          {label}
        </button>
      </div>
      <p className="send-shortcut">
        or press <Keys keys={shortcutKeys('send', navigator.platform)} />
      </p>
    </div>
  );
}
