/**
 * A delete with a second step, for a fax in history, a contact or a group: the link asks, the
 * question says what goes and whether it can be undone, the focus moves to the question and,
 * after "Keep it" or Escape, back to the link. The owner's `onDelete` throws to show why not.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useAsyncAction } from '../lib/use-async-action';

export function DeleteWithConfirmation({
  ask,
  question,
  confirm,
  keep,
  onDelete,
}: {
  ask: string;
  question: string;
  confirm: string;
  keep: string;
  onDelete: () => Promise<void>;
}) {
  // The look is history's (history.css), shared by every delete of the desk.
  const [confirming, setConfirming] = useState(false);
  const action = useAsyncAction();
  const groupRef = useRef<HTMLDivElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const textId = useId();

  useEffect(() => {
    if (confirming) groupRef.current?.focus();
    else if (asked.current) askRef.current?.focus();
  }, [confirming]);

  return (
    <div className="job-detail-delete">
      {confirming ? (
        <div
          ref={groupRef}
          className="job-detail-confirm"
          role="group"
          aria-labelledby={textId}
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              // Only the question closes, not the fax or contact around it.
              event.preventDefault();
              event.stopPropagation();
              setConfirming(false);
            }
          }}
        >
          <p id={textId}>{question}</p>
          <div className="actions">
            <button
              type="button"
              className="primary danger"
              disabled={action.busy}
              onClick={() => void action.run(onDelete)}
            >
              {confirm}
            </button>
            <button type="button" disabled={action.busy} onClick={() => setConfirming(false)}>
              {keep}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={askRef}
          type="button"
          className="link danger-link"
          onClick={() => {
            asked.current = true;
            setConfirming(true);
          }}
        >
          {ask}
        </button>
      )}
      {action.error && (
        <p role="alert" className="error">
          {action.error}
        </p>
      )}
    </div>
  );
}
