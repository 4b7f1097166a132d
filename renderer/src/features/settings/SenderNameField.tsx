/**
 * The practice or firm name printed on cover pages as who the fax is from (settings.senderName):
 * asked in first run and kept with the cover page settings, under one label.
 */
import { useId } from 'react';

export const SENDER_NAME_LABEL = 'Practice or firm name';

export function SenderNameField({ name, onChange }: { name: string | null; onChange: (name: string | null) => void }) {
  const hint = useId();
  return (
    <label className="field">
      <span>{SENDER_NAME_LABEL}</span>
      <input
        value={name ?? ''}
        maxLength={100}
        autoComplete="organization"
        aria-describedby={hint}
        onChange={(e) => onChange(e.target.value || null)}
      />
      <small id={hint} className="muted">
        Printed on cover pages as who the fax is from.
      </small>
    </label>
  );
}
