/** Every row or card of an import that will not be imported, with the reason in words. */
import type { ContactImportPreview } from '../../../../preload/contract';

export function ImportSkippedRows({ skipped }: { skipped: ContactImportPreview['skipped'] }) {
  if (skipped.length === 0) return <p className="muted">Every row will be imported.</p>;
  return (
    <table className="contacts-table" data-testid="import-skipped">
      <caption>Not imported ({skipped.length.toLocaleString('en-US')})</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {skipped.map((row) => (
          <tr key={row.row}>
            <td>{row.row}</td>
            <td>{row.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
