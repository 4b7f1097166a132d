/**
 * The received fax's buttons: Forward and Reply (Send opens prefilled), mark read or unread,
 * and save a copy. Printing is the viewer's own. A button that cannot work says why instead of
 * doing nothing.
 */
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import type { InboxActions } from './use-inbox-actions';
import { hasDocument, replyNumber } from './received-text';

export function InboxActionButtons({ fax, actions }: { fax: ReceivedFaxSummary; actions: InboxActions }) {
  const { busy } = actions;
  const document = hasDocument(fax);
  const canReply = replyNumber(fax) !== null;
  return (
    <>
      <div className="actions job-detail-actions">
        {document && (
          <button type="button" className="primary" onClick={actions.forward} disabled={busy}>
            Forward…
          </button>
        )}
        <button
          type="button"
          onClick={actions.reply}
          disabled={!canReply}
          title={canReply ? undefined : 'The sender gave no number to fax back to.'}
        >
          Reply…
        </button>
        <button type="button" onClick={actions.toggleRead} disabled={busy} aria-keyshortcuts="U">
          {fax.read ? 'Mark unread' : 'Mark read'}
        </button>
        {document && (
          <button type="button" onClick={actions.saveCopy} disabled={busy}>
            Save a copy…
          </button>
        )}
      </div>
      {actions.saved && (
        <p role="status" className="muted">
          A copy was saved.
        </p>
      )}
    </>
  );
}
