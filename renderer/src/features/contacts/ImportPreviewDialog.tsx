/**
 * What an import would do, for the person to confirm before anything is written: the file and
 * the layout Faxdesk recognised, what each column means, the contacts it gives (merged by
 * number), how many join contacts already here, and every row that will not be imported, with
 * why. Confirm writes it; Cancel, Close or Escape leaves the address book as it was.
 */
import type { ContactImportPreview } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { ModalDialog } from '../../components/ModalDialog';
import { contactsText, importSummaryText, layoutText } from './contact-text';
import { ImportSkippedRows } from './ImportSkippedRows';

export function ImportPreviewDialog({
  preview,
  country,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  preview: ContactImportPreview;
  country: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const more = preview.contactCount - preview.contacts.length;
  return (
    <ModalDialog title={`Import ${preview.fileName}`} onClose={onCancel} className="contacts-import">
      <div className="contacts-import-body" data-testid="import-preview">
        <p>
          <strong>{layoutText(preview)}</strong>
        </p>
        <p role="status">{importSummaryText(preview)}</p>
        {preview.columns.length > 0 && (
          <table className="contacts-table">
            <caption>What each column means</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Read as</th>
              </tr>
            </thead>
            <tbody>
              {preview.columns.map((column) => (
                <tr key={column.name}>
                  <td>{column.name}</td>
                  <td>{column.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <table className="contacts-table">
          <caption>What will be imported ({contactsText(preview.contactCount)})</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Organisation</th>
              <th scope="col">Fax numbers</th>
              <th scope="col">Groups</th>
            </tr>
          </thead>
          <tbody>
            {preview.contacts.map((contact, index) => (
              <tr key={index}>
                <td>{contact.name}</td>
                <td>{contact.organization}</td>
                <td>{contact.faxNumbers.map((n) => formatFaxNumber(n.number, country)).join(', ')}</td>
                <td>{contact.groups.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {more > 0 && <p className="muted">And {contactsText(more)} more.</p>}
        <ImportSkippedRows skipped={preview.skipped} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="primary" disabled={busy || preview.contactCount === 0} onClick={onConfirm}>
            Import {contactsText(preview.contactCount)}
          </button>
          <button type="button" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
