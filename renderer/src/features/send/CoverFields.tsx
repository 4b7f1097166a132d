/**
 * The cover page: off by default; when on, a subject and a message. The engine lays out one
 * cover page per recipient, addressed to them, with the sender's name and number.
 */
import { useId } from 'react';
import type { CoverDraft } from './send-model';

export function CoverFields({ cover, onChange }: { cover: CoverDraft; onChange: (cover: CoverDraft) => void }) {
  const subjectId = useId();
  const messageId = useId();
  const noteId = useId();
  return (
    <div className="send-cover">
      <label className="send-check">
        <input
          type="checkbox"
          checked={cover.enabled}
          aria-describedby={noteId}
          onChange={(event) => onChange({ ...cover, enabled: event.target.checked })}
        />
        <span>Add a cover page</span>
      </label>
      <p id={noteId} className="send-hint send-check-hint">
        One page in front, addressed to each recipient, with your name and number.
      </p>
      {cover.enabled && (
        <div className="send-cover-fields">
          <label className="send-label" htmlFor={subjectId}>
            Subject
          </label>
          <input
            id={subjectId}
            type="text"
            maxLength={200}
            value={cover.subject}
            onChange={(event) => onChange({ ...cover, subject: event.target.value })}
          />
          <label className="send-label" htmlFor={messageId}>
            Message
          </label>
          <textarea
            id={messageId}
            rows={3}
            maxLength={5000}
            value={cover.message}
            onChange={(event) => onChange({ ...cover, message: event.target.value })}
          />
        </div>
      )}
    </div>
  );
}
