/** One on/off setting of a section: a switch with its label, and the words below it that explain it. */
import { useId, type ReactNode } from 'react';

export function SwitchField({
  label,
  checked,
  onChange,
  children,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What the switch does, shown below it and read with it. */
  children: ReactNode;
}) {
  const hint = useId();
  return (
    <>
      <label className="inline-field">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          aria-describedby={hint}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      <p id={hint} className="muted">
        {children}
      </p>
    </>
  );
}
