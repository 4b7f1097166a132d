/**
 * The mark of a fax sent from elsewhere on the same Telnyx account (another desk, a script, the
 * portal): in words, with its explanation as a tooltip and for screen readers, so nobody takes
 * it for one this desk sent — it cannot be cancelled or sent again from here.
 */
import { ELSEWHERE_EXPLANATION, ELSEWHERE_LABEL } from '../../../../domain/job-origin';

export function ElsewhereTag() {
  return (
    <span className="elsewhere-tag" data-testid="elsewhere-tag" title={ELSEWHERE_EXPLANATION}>
      <svg className="elsewhere-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M9 3h4v4M13 3L7 9M11 10v3H3V5h3" />
      </svg>
      {ELSEWHERE_LABEL}
      <span className="visually-hidden">: {ELSEWHERE_EXPLANATION}</span>
    </span>
  );
}
