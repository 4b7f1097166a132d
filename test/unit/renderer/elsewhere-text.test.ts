/** A fax sent from elsewhere in the history's words: no cancel or send again, no tries of this desk's, pages only when known. */
import { describe, expect, it } from 'vitest';
import { deliveryProof } from '../../../renderer/src/features/history/delivery-proof';
import { canCancel, canDelete, canSendAgain, nextStep } from '../../../renderer/src/features/history/job-text';
import { jobSummary } from './job-summary';

const elsewhere = (patch: Parameters<typeof jobSummary>[0] = {}) =>
  jobSummary({ origin: 'elsewhere', attempts: 0, hasDocument: false, ...patch });

describe('a fax sent from elsewhere', () => {
  it('is never cancelled or sent again from this desk, and may be deleted once Telnyx is done with it', () => {
    expect(canCancel(elsewhere({ status: 'sending' }))).toBe(false);
    expect(canSendAgain(elsewhere({ status: 'failed' }))).toBe(false);
    expect(canDelete(elsewhere({ status: 'delivered' }))).toBe(true);
    expect(canDelete(elsewhere({ status: 'unconfirmed' }))).toBe(true);
    expect(canDelete(elsewhere({ status: 'sending' }))).toBe(false);
    // This desk's own keep their actions.
    expect(canCancel(jobSummary({ status: 'sending' }))).toBe(true);
    expect(canSendAgain(jobSummary({ status: 'failed' }))).toBe(true);
    expect(canDelete(jobSummary({ status: 'unconfirmed' }))).toBe(false);
  });

  it('says what happened without offering what this desk cannot do', () => {
    expect(nextStep(elsewhere({ status: 'failed', failureText: 'The line was busy.' }), 3)).toBe(
      'The line was busy. It was sent from elsewhere, so Faxdesk does not send it again.',
    );
    expect(nextStep(elsewhere({ status: 'sending', stalled: true }), 3)).toBe(
      'No progress from Telnyx for a while. Faxdesk keeps checking.',
    );
    expect(nextStep(elsewhere({ status: 'delivered', pages: null }), 3)).toBe('Delivered: every page went through.');
  });

  it('leaves the page count out of the delivery line when Telnyx gave none', () => {
    const at = new Date(2026, 10, 30, 15, 33, 5).getTime();
    const events = [{ at, status: 'delivered' as const, telnyxStatus: 'delivered', detail: 'Delivered.' }];
    expect(deliveryProof(elsewhere({ pages: null }), events, at)).toMatch(/^Delivered \S+.*[^s]$/);
    expect(deliveryProof(elsewhere({ pages: null }), events, at)).not.toContain('page');
  });
});
