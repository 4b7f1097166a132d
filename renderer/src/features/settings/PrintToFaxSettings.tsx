/**
 * Settings → Print to fax: printing from any application into the watched folder, set up the way
 * this system allows — a CUPS printer on Linux (adding one needs the administrator's password, so
 * Faxdesk shows the command to run), "Fax with Faxdesk" in the PDF menu on macOS (installed here),
 * and the built-in "Microsoft Print to PDF" on Windows (steps).
 */
import type { Settings } from '../../../../preload/contract';
import { CopyText } from './CopyText';
import { LINUX_INSTALL_COMMAND, windowsPrintSteps } from './print-to-fax-steps';
import { usePrintToFax, type MacInstall } from './use-print-to-fax';

export function PrintToFaxSettings({ settings }: { settings: Settings }) {
  const { kind, setup, error, macInstall, installMacService } = usePrintToFax(settings.watchFolder);
  if (error) {
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  }
  if (!kind || !setup) return null;
  return (
    <section className="card settings" aria-labelledby="print-to-fax-title">
      <h2 id="print-to-fax-title">Print to fax</h2>
      <div className="settings-section">
        {kind === 'linux' && <LinuxPrinter commands={setup.linuxCommands} folder={setup.folder} />}
        {kind === 'mac' && <MacPdfService folder={setup.folder} state={macInstall} install={installMacService} />}
        {kind === 'windows' && <WindowsSteps folder={setup.folder} />}
        <p className="muted">
          {settings.watchFolderEnabled
            ? 'Faxdesk takes each file printed there while the watched folder is on, as it is now.'
            : 'The watched folder is off: turn it on in Settings, so Faxdesk takes what is printed.'}
        </p>
      </div>
    </section>
  );
}

function LinuxPrinter({ commands, folder }: { commands: string[]; folder: string }) {
  return (
    <>
      <h3>A Faxdesk printer</h3>
      <p>
        Adds a printer named “Faxdesk” to every application’s print dialog: what is printed to it arrives in {folder} as
        a PDF. Adding a printer needs your administrator password, so run this in a terminal; it shows what it runs and
        asks for the password through sudo.
      </p>
      <CopyText text={LINUX_INSTALL_COMMAND} label="Copy the command" />
      {commands.length > 0 && (
        <details>
          <summary>Without the faxdesk command</summary>
          <p className="muted">These commands do the same with this copy of Faxdesk’s files:</p>
          <CopyText text={commands.join('\n')} label="Copy the commands" />
        </details>
      )}
    </>
  );
}

function MacPdfService({ folder, state, install }: { folder: string; state: MacInstall; install: () => void }) {
  return (
    <>
      <h3>Fax with Faxdesk</h3>
      <p>
        Adds “Fax with Faxdesk” to the PDF menu of every print dialog: what is printed with it is copied into {folder}.
        Install it again after choosing another watched folder.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={install} disabled={state.busy}>
          {state.busy ? 'Installing…' : 'Install “Fax with Faxdesk”'}
        </button>
        {state.done && <span role="status">Installed. When printing, choose PDF ▸ Fax with Faxdesk.</span>}
      </div>
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
    </>
  );
}

function WindowsSteps({ folder }: { folder: string }) {
  return (
    <>
      <h3>Microsoft Print to PDF</h3>
      <ol className="print-steps">
        {windowsPrintSteps(folder).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </>
  );
}
