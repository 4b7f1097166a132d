/**
 * How the fax goes: the quality Telnyx sends it at, and whether it waits until a chosen time.
 * A time in the past is refused here, in words, rather than quietly sent at once.
 */
import { useId } from 'react';
import { scheduleProblem, toLocalInputValue, type ScheduleDraft } from './send-model';
import { FAX_QUALITIES, type FaxQuality, QUALITY_LABELS } from '../../../../domain/fax-quality';

export function SendOptions({
  quality,
  onQualityChange,
  schedule,
  onScheduleChange,
  now,
}: {
  quality: FaxQuality;
  onQualityChange: (quality: FaxQuality) => void;
  schedule: ScheduleDraft;
  onScheduleChange: (schedule: ScheduleDraft) => void;
  now: number;
}) {
  const qualityId = useId();
  const problemId = useId();
  const problem = schedule.enabled ? scheduleProblem(schedule, now) : null;
  return (
    <div className="send-options">
      <div className="send-option">
        <label className="send-label" htmlFor={qualityId}>
          Quality
        </label>
        <select id={qualityId} value={quality} onChange={(event) => onQualityChange(event.target.value as FaxQuality)}>
          {FAX_QUALITIES.map((q) => (
            <option key={q} value={q}>
              {QUALITY_LABELS[q]}
            </option>
          ))}
        </select>
      </div>
      <div className="send-option">
        <label className="send-check">
          <input
            type="checkbox"
            checked={schedule.enabled}
            onChange={(event) =>
              onScheduleChange({
                enabled: event.target.checked,
                // Starts an hour from now, on the minute, so the field is never blank or already past.
                at: schedule.at || toLocalInputValue(now + 60 * 60_000),
              })
            }
          />
          <span>Send later</span>
        </label>
        {schedule.enabled && (
          <>
            {/* The checkbox above names it on screen; "Send at" names it for screen readers. */}
            <input
              aria-label="Send at"
              type="datetime-local"
              value={schedule.at}
              min={toLocalInputValue(now)}
              aria-invalid={problem !== null}
              aria-describedby={problem ? problemId : undefined}
              onChange={(event) => onScheduleChange({ ...schedule, at: event.target.value })}
            />
            {problem && (
              <p id={problemId} role="alert" className="send-field-error">
                <span className="send-error-mark" aria-hidden="true">
                  !
                </span>
                {problem}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
