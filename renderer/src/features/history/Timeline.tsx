/**
 * What happened to a fax, oldest first, each step with its time and the engine's own words:
 * a sent fax's (Timeline) and a received one's (the inbox maps its steps to TimelineSteps).
 */
import type { JobEvent } from '../../../../preload/contract';
import { isoTime, isSameDay, stepTimeOnDay } from './format-time';
import { CHIP_LABEL, chipKind } from './job-text';
import type { BadgeKind } from './status-badge';
import { StatusIcon } from './StatusBadge';

export interface TimelineStep {
  at: number;
  kind: BadgeKind;
  /** The state the step brought, in a word ("Delivered", "Received"). */
  label: string;
  detail: string;
}

export function Timeline({ events }: { events: JobEvent[] }) {
  return (
    <TimelineSteps
      steps={events.map((event) => {
        const kind = chipKind(event.status);
        return { at: event.at, kind, label: CHIP_LABEL[kind], detail: event.detail };
      })}
    />
  );
}

export function TimelineSteps({ steps }: { steps: TimelineStep[] }) {
  if (steps.length === 0) return <p className="muted">Nothing has happened to this fax yet.</p>;
  return (
    <ol className="timeline">
      {steps.map((step, index) => {
        const previous = steps[index - 1];
        const newDay = !previous || !isSameDay(previous.at, step.at);
        return (
          <li key={`${step.at}-${index}`} className={`timeline-step fax-state-${step.kind}`}>
            <StatusIcon kind={step.kind} />
            <div className="timeline-text">
              <p className="timeline-when">
                <time dateTime={isoTime(step.at)}>{stepTimeOnDay(step.at, newDay)}</time>
                <span className="timeline-status">{step.label}</span>
              </p>
              <p className="timeline-detail">{step.detail}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
