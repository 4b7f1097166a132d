/**
 * Where a fax in the history was sent from. Several desks on one Telnyx account share its
 * history through Telnyx: each shows the faxes it sent itself, and the account's other outbound
 * faxes as sent from elsewhere. The engine records the origin, the page and the command line say it.
 */
export const JOB_ORIGINS = [
  'desk', // sent by this desk
  'elsewhere', // sent on the same Telnyx account by another desk, a script or the Telnyx portal
] as const;
export type JobOrigin = (typeof JOB_ORIGINS)[number];

/** The mark a fax from elsewhere carries, in the list, its detail and the command line. */
export const ELSEWHERE_LABEL = 'Sent from elsewhere';

/** Why it is there, for the tooltip and the detail. */
export const ELSEWHERE_EXPLANATION =
  'Sent from another desk, a script or the Telnyx portal on the same Telnyx account. Faxdesk shows it here so every desk on the account sees the whole history.';
