/**
 * Settings → Watched folder: files put in a folder (by a scanner, a printer, another program)
 * open in Send, or are faxed at once when named with a fax number. The switches are saved with
 * the section's Save; the folder is chosen in the main process's dialog and takes effect at
 * once. The rule for names is the engine's own words (engine/watch/number-in-name.ts).
 */
import { useId } from 'react';
import type { Settings } from '../../../../preload/contract';
import { SettingsSection } from './SettingsSection';
import { SwitchField } from './SwitchField';
import { useSettingsSection } from './use-settings-section';
import { useWatchFolder } from './use-watch-folder';

export function WatchFolderSettings({ settings }: { settings: Settings }) {
  const section = useSettingsSection(settings, (draft) => ({
    watchFolderEnabled: draft.watchFolderEnabled,
    watchFolderSendByName: draft.watchFolderSendByName,
  }));
  const { draft, change } = section;
  const { status, choose, choosing } = useWatchFolder(settings);
  const folderLabel = useId();

  return (
    <section className="card settings" aria-labelledby="watch-title">
      <h2 id="watch-title">Watched folder</h2>
      <SettingsSection title="Files that come to Faxdesk" state={section}>
        <SwitchField
          label="Watch a folder for files to fax"
          checked={draft.watchFolderEnabled}
          onChange={(on) => change('watchFolderEnabled', on)}
        >
          A file that appears in the folder opens in Send with its pages shown, once it has finished being written.
          Faxdesk then moves it to the folder&apos;s <code>sent</code> subfolder, or to <code>failed</code> with a short
          text file saying why. Each file is taken once. Hidden and temporary files are left alone.
        </SwitchField>
        <div className="field">
          <span id={folderLabel}>Folder</span>
          <div className="watch-folder-row">
            <code aria-labelledby={folderLabel} data-testid="watch-folder-path">
              {status?.folder ?? '…'}
            </code>
            <button type="button" onClick={() => void choose()} disabled={choosing.busy}>
              {choosing.busy ? 'Choosing…' : 'Choose folder…'}
            </button>
          </div>
          {status?.watching && <p role="status">Faxdesk is watching this folder.</p>}
          {status?.problem && <p className="error">{status.problem}</p>}
          {choosing.error && (
            <p role="alert" className="error">
              {choosing.error}
            </p>
          )}
        </div>
        <SwitchField
          label="Send files named with a fax number at once"
          checked={draft.watchFolderSendByName}
          onChange={(on) => change('watchFolderSendByName', on)}
        >
          {status?.numberRule} Such a file is queued without opening in Send, within the same limits as every send.
        </SwitchField>
      </SettingsSection>
    </section>
  );
}
