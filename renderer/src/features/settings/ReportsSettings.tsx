/**
 * Settings → Reports: whether a fax's report shows a reduced first page (off where patient-data
 * rules forbid copies of the pages), saved on its own; and "Save every report into a folder",
 * whose folder is chosen in the system's folder dialog that the main process opens — the page
 * never names a path. The answer is the settings as saved, shown to every screen.
 */
import { useId } from 'react';
import type { Settings } from '../../../../preload/contract';
import { useSettingsSource } from '../../data/SettingsProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';
import { SettingsSection } from './SettingsSection';
import { useSettingsSection } from './use-settings-section';

export function ReportsSettings({ settings }: { settings: Settings }) {
  const section = useSettingsSection(settings, (draft) => ({ reportFirstPage: draft.reportFirstPage }));
  const { draft, change } = section;
  const source = useSettingsSource();
  const folderAction = useAsyncAction();
  const ids = { firstPageHint: useId(), folderHint: useId() };
  const chooseFolder = () =>
    void folderAction.run(async () => source.publish(await unwrap(faxdesk().reports.chooseFolder())));
  const stopSaving = () =>
    void folderAction.run(async () => source.publish(await unwrap(faxdesk().reports.stopSavingToFolder())));

  return (
    <section className="card settings" aria-labelledby="reports-title">
      <h2 id="reports-title">Reports</h2>
      <SettingsSection title="What a report shows" state={section}>
        <label className="inline-field">
          <input
            type="checkbox"
            checked={draft.reportFirstPage}
            aria-describedby={ids.firstPageHint}
            onChange={(e) => change('reportFirstPage', e.target.checked)}
          />
          Show a reduced first page on each report
        </label>
        <p id={ids.firstPageHint} className="muted">
          Turn it off where rules forbid copies of a fax's pages (patient data, for example): the report then gives only
          the facts and the document's SHA-256.
        </p>
      </SettingsSection>
      <h3>Save every report into a folder</h3>
      <p id={ids.folderHint} className="muted" data-testid="report-folder">
        {settings.reportFolder
          ? `Faxdesk saves each fax's report into ${settings.reportFolder} when the fax ends.`
          : 'Off: reports are saved only when you choose Save report in a fax.'}
      </p>
      <div className="actions">
        <button type="button" onClick={chooseFolder} disabled={folderAction.busy} aria-describedby={ids.folderHint}>
          {settings.reportFolder ? 'Choose another folder…' : 'Choose a folder…'}
        </button>
        {settings.reportFolder && (
          <button type="button" onClick={stopSaving} disabled={folderAction.busy}>
            Stop saving reports
          </button>
        )}
      </div>
      {folderAction.error && (
        <p role="alert" className="error">
          {folderAction.error}
        </p>
      )}
    </section>
  );
}
