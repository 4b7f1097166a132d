/** The frame of a section saved on its own: its heading, its fields, and its own Save with what came of it. */
import { useId, type ReactNode } from 'react';
import type { SettingsSectionState } from './use-settings-section';

export function SettingsSection({
  title,
  state,
  children,
}: {
  title: string;
  state: SettingsSectionState;
  children: ReactNode;
}) {
  const titleId = useId();
  const { save, saved, saving } = state;
  return (
    <section className="settings-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <form onSubmit={(e) => void save(e)} className="settings-form">
        {children}
        {saving.error && (
          <p role="alert" className="error">
            {saving.error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={saving.busy}>
            {saving.busy ? 'Saving…' : 'Save'}
          </button>
          {saved && <span role="status">Saved.</span>}
        </div>
      </form>
    </section>
  );
}
