/**
 * Why a received fax failed, in words written from the receiving side: Telnyx reports inbound
 * failures with the same failure_reason vocabulary as outbound ones (API-NOTES §4.2), and the
 * outbound wording ("Nobody answered.", "This number is not in service.") would tell the person
 * at the desk about a call they did not make. Sent faxes keep outbox/failure-reasons.ts.
 */
const INBOUND_REASONS: Record<string, string> = {
  sender_call_dropped: "The sender's call dropped before the fax was through.",
  sender_no_response: 'The sending fax machine stopped responding.',
  sender_communication_error: 'The sending fax machine had a communication error.',
  sender_hangup: 'The sender hung up before the fax was through.',
  sender_canceled: 'The sender cancelled the fax.',
  carrier_lost: 'The connection to the sending machine was lost.',
  fax_signaling_error: 'The fax machines could not agree how to communicate.',
  fax_initial_communication_timeout: 'The caller did not answer as a fax machine in time.',
  receiver_communication_error: 'Telnyx had a communication error while receiving the fax.',
  receiver_call_dropped: 'The call dropped before the fax was through.',
  receiver_recovery_on_timer_expire: 'The fax machines timed out while receiving.',
  media_processing_exception: 'Telnyx could not make a document from the call.',
  service_unavailable: 'The fax service was temporarily unavailable.',
  account_disabled: 'Your Telnyx account is disabled, so the fax could not be received.',
  connection_channel_limit_exceeded: 'Too many faxes were coming in at once on this connection.',
  user_channel_limit_exceeded: 'Too many faxes were coming in at once on this account.',
};

/** Words for a received fax's failure; a reason Faxdesk does not know is still named. */
export function explainInboundFailure(reason: string | null | undefined): string {
  if (!reason) return 'The fax did not arrive; Telnyx gave no reason.';
  return INBOUND_REASONS[reason] ?? `The fax did not arrive (${reason.replaceAll('_', ' ')}).`;
}
