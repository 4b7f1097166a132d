/**
 * A step of start-up that failed, in the words the main process chose: what happened, what to
 * do, where the files are, and — folded away, for whoever helps — the technical detail. An
 * alert, so a screen reader announces it as the window opens.
 */
import { useId } from 'react';
import type { StartupProblem } from '../../../preload/contract';
import './startup-problem.css';

export function StartupProblemNotice({ problem }: { problem: StartupProblem }) {
  const titleId = useId();
  return (
    <section
      role="alert"
      aria-labelledby={titleId}
      className="startup-problem"
      data-testid="startup-problem"
      data-code={problem.code}
    >
      <svg className="startup-problem-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.6 15 14H1ZM8 6.2v3.6M8 11.7v.1" />
      </svg>
      <div className="startup-problem-body">
        <h2 id={titleId}>{problem.title}</h2>
        <p>{problem.message}</p>
        <p>
          <strong>What to do: </strong>
          {problem.whatToDo}
        </p>
        {problem.location && (
          <dl className="facts">
            <dt>{problem.affects === 'records' ? 'Your fax records' : 'Where'}</dt>
            <dd>
              <code data-testid="startup-problem-location">{problem.location}</code>
            </dd>
          </dl>
        )}
        {problem.detail && (
          <details className="startup-problem-detail">
            <summary>Technical details</summary>
            <pre>{problem.detail}</pre>
          </details>
        )}
      </div>
    </section>
  );
}
