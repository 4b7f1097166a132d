/**
 * Every Telnyx failure_reason in plain words, and whether dialling again can help
 * (API-NOTES §4.2). Unknown reasons are explained generically and not redialled.
 */
export interface FailureExplanation {
  /** What happened, for the person at the desk. */
  text: string;
  /** Trying again later may work (busy, no answer, dropped call…). */
  redial: boolean;
}

const REASONS: Record<string, FailureExplanation> = {
  user_busy: { text: 'The line was busy.', redial: true },
  receiver_no_answer: { text: 'Nobody answered.', redial: true },
  receiver_no_response: { text: 'The receiving fax machine did not respond.', redial: true },
  receiver_call_dropped: { text: 'The call dropped before the fax was through.', redial: true },
  receiver_communication_error: { text: 'The receiving fax machine had a communication error.', redial: true },
  receiver_recovery_on_timer_expire: { text: 'The receiving fax machine timed out.', redial: true },
  fax_initial_communication_timeout: { text: 'No fax machine answered the call in time.', redial: true },
  fax_signaling_error: { text: 'The fax machines could not agree how to communicate.', redial: true },
  invalid_ecm_response_from_receiver: { text: 'The receiving fax machine sent an invalid reply.', redial: true },
  carrier_lost: { text: 'The connection to the receiving machine was lost.', redial: true },
  destination_unreachable: { text: 'The number could not be reached.', redial: true },
  service_unavailable: { text: 'The fax service was temporarily unavailable.', redial: true },
  connection_channel_limit_exceeded: {
    text: 'Too many faxes were going out at once on this connection.',
    redial: true,
  },
  user_channel_limit_exceeded: { text: 'Too many faxes were going out at once on this account.', redial: true },
  outbound_profile_channel_limit_exceeded: {
    text: 'Too many faxes were going out at once on this outbound profile.',
    redial: true,
  },
  receiver_decline: { text: 'The receiving side declined the call.', redial: false },
  receiver_unallocated_number: { text: 'This number is not in service.', redial: false },
  receiver_invalid_number_format: { text: 'This is not a valid fax number.', redial: false },
  receiver_incompatible_destination: { text: 'This number does not answer as a fax machine.', redial: false },
  destination_invalid: { text: 'This is not a valid fax number.', redial: false },
  destination_not_in_countries_whitelist: {
    text: 'Your Telnyx account is not allowed to fax this country.',
    redial: false,
  },
  destination_not_in_service_plan: { text: 'Your Telnyx plan does not cover this destination.', redial: false },
  unverified_destination_not_allowed: {
    text: 'Your Telnyx account may only fax verified numbers, and this is not one.',
    redial: false,
  },
  unverified_origination_number: { text: 'The number you send from is not verified with Telnyx.', redial: false },
  account_disabled: { text: 'Your Telnyx account is disabled.', redial: false },
  no_outbound_profile: {
    text: 'The fax application has no outbound voice profile in Telnyx, so it cannot send.',
    redial: false,
  },
  outbound_profile_daily_spend_limit_exceeded: {
    text: 'Your Telnyx daily spending limit was reached.',
    redial: false,
  },
  file_format_invalid: { text: 'Telnyx could not read the document.', redial: false },
  file_download_failed: { text: 'Telnyx could not fetch the document.', redial: false },
  file_size_limit_exceeded: { text: 'The document is too large for Telnyx.', redial: false },
  page_count_limit_exceeded: { text: 'The document has more pages than Telnyx accepts (350).', redial: false },
  media_processing_exception: { text: 'Telnyx could not process the document.', redial: false },
  sender_canceled: { text: 'The fax was cancelled.', redial: false },
  user_canceled: { text: 'The fax was cancelled.', redial: false },
  rejected: { text: 'Telnyx rejected the fax.', redial: false },
};

export function explainFailure(reason: string | null | undefined): FailureExplanation {
  if (!reason) return { text: 'The fax failed without a reason from Telnyx.', redial: false };
  return REASONS[reason] ?? { text: `The fax failed (${reason.replaceAll('_', ' ')}).`, redial: false };
}
