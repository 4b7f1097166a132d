/** What happened to a fax, oldest first, each step with its time and the engine's own words. */
import type { JobEvent } from '../../../../preload/contract';
import { isoTime, isSameDay, stepTimeOnDay } from './format-time';
import { CHIP_LABEL, chipKind } from './job-text';
import { StatusIcon } from './StatusBadge';

export function Timeline({ events }: { events: JobEvent[] }) {
  if (events.length === 0) return <p className="muted">Nothing has happened to this fax yet.</p>;
  return (
    <ol className="timeline">
      {events.map((event, index) => {
        const kind = chipKind(event.status);
        const previous = events[index - 1];
        const newDay = !previous || !isSameDay(previous.at, event.at);
        return (
          <li key={`${event.at}-${index}`} className={`timeline-step fax-state-${kind}`}>
            <StatusIcon kind={kind} />
            <div className="timeline-text">
              <p className="timeline-when">
                <time dateTime={isoTime(event.at)}>{stepTimeOnDay(event.at, newDay)}</time>
                <span className="timeline-status">{CHIP_LABEL[kind]}</span>
              </p>
              <p className="timeline-detail">{event.detail}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
