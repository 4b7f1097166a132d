/**
 * "Save report…" in a sent or received fax's detail: the fax's transmission or reception report
 * (a PDF the engine makes from its records), saved where the person chooses in the system's
 * save dialog, which the main process opens. What went wrong is said in words beside it.
 */
import { useState } from 'react';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';

export function SaveReport({ faxId }: { faxId: string }) {
  const action = useAsyncAction();
  const [saved, setSaved] = useState(false);
  const save = () =>
    void action.run(async () => {
      setSaved(false);
      setSaved(await unwrap(faxdesk().reports.save(faxId)));
    });
  return (
    <div className="save-report">
      <div className="actions">
        <button type="button" onClick={save} disabled={action.busy}>
          Save report…
        </button>
      </div>
      {saved && (
        <p role="status" className="muted">
          The report was saved.
        </p>
      )}
      {action.error && (
        <p role="alert" className="error job-detail-error">
          {action.error}
        </p>
      )}
    </div>
  );
}
