/**
 * "Delete from history", with a second step: it removes the fax's record and, unless another
 * fax of the same send uses it, its document from this computer, and cannot be undone.
 */
import type { JobSummary } from '../../../../preload/contract';
import { DeleteWithConfirmation } from '../../components/DeleteWithConfirmation';
import { useJobCache } from '../../data/JobCacheProvider';
import { faxdesk, unwrap } from '../../lib/api';

export function DeleteFromHistory({ job, onDeleted }: { job: JobSummary; onDeleted: (id: string) => void }) {
  const cache = useJobCache();
  return (
    <DeleteWithConfirmation
      ask="Delete from history…"
      question="Delete this fax from your history? Its record, timeline and document are removed from this computer. This cannot be undone."
      confirm="Delete"
      keep="Keep it"
      onDelete={async () => {
        await unwrap(faxdesk().jobs.delete(job.id));
        // Out of the list at once; the job.deleted event that follows finds nothing more to do.
        cache.delete(job.id);
        onDeleted(job.id);
      }}
    />
  );
}
