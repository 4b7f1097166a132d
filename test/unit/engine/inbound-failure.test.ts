/**
 * A received fax's failure is told from the receiving side: Telnyx uses one failure_reason
 * vocabulary for both directions, and the outbound words would describe a call nobody here made.
 */
import { describe, expect, it } from 'vitest';
import { explainInboundFailure } from '../../../main/engine/inbox/inbound-failure';
import { explainFailure } from '../../../main/engine/outbox/failure-reasons';

describe('explainInboundFailure()', () => {
  it("speaks of the sender's side of the call", () => {
    expect(explainInboundFailure('sender_hangup')).toBe('The sender hung up before the fax was through.');
    expect(explainInboundFailure('carrier_lost')).toBe('The connection to the sending machine was lost.');
  });

  it('never borrows the words written for a fax this desk sent', () => {
    for (const reason of ['carrier_lost', 'fax_initial_communication_timeout', 'user_channel_limit_exceeded']) {
      expect(explainInboundFailure(reason)).not.toBe(explainFailure(reason).text);
    }
    expect(explainInboundFailure('user_busy')).toBe('The fax did not arrive (user busy).');
  });

  it('says when Telnyx gave no reason', () => {
    expect(explainInboundFailure(null)).toBe('The fax did not arrive; Telnyx gave no reason.');
  });
});
