/**
 * The history's badges: each kind of waiting its own badge and words, the tries a fax took told
 * beside its state, and the delivered fax's proof line. Times are compared with the page's own
 * formatters, so the test holds in any locale and zone.
 */
import { describe, expect, it } from 'vitest';
import { confirmationLine, deliveryProof } from '../../../renderer/src/features/history/delivery-proof';
import { clockTime, stepTime } from '../../../renderer/src/features/history/format-time';
import { statusBadge } from '../../../renderer/src/features/history/status-badge';
import { jobSummary } from './job-summary';

const now = new Date(2026, 5, 15, 16, 30).getTime();
const later = new Date(2026, 5, 15, 17, 5).getTime();

describe('status badges', () => {
  it('gives a busy-line redial an amber badge with the retry it is on', () => {
    const job = jobSummary({
      status: 'waiting',
      waitReason: 'redial',
      attempts: 1,
      failureReason: 'user_busy',
      nextActionAt: later,
    });
    expect(statusBadge(job, 3, now)).toEqual({
      kind: 'redial',
      label: 'Line busy — retry 2 of 3',
      note: `Trying again at ${clockTime(later)}`,
    });
    expect(statusBadge(job, null, now).label).toBe('Line busy — retry 2');
  });

  it('shows a scheduled fax with its time, offline in grey words, and the account as needing attention', () => {
    const waiting = (patch: Parameters<typeof jobSummary>[0]) => jobSummary({ status: 'waiting', ...patch });
    expect(statusBadge(waiting({ waitReason: 'scheduled', scheduledAt: later }), 3, now)).toMatchObject({
      kind: 'scheduled',
      label: `Scheduled ${clockTime(later)}`,
    });
    expect(statusBadge(waiting({ waitReason: 'offline' }), 3, now)).toMatchObject({
      kind: 'offline',
      label: 'Offline',
    });
    expect(statusBadge(waiting({ waitReason: 'account' }), 3, now)).toEqual({
      kind: 'attention',
      label: 'Needs attention',
      note: 'Check the Telnyx account in Settings',
    });
    expect(statusBadge(waiting({ waitReason: 'queued' }), 3, now)).toMatchObject({ kind: 'waiting', label: 'Waiting' });
  });

  it('tells the tries a fax took beside its state, only when there was more than one', () => {
    const failed = jobSummary({ status: 'failed', failureText: 'This number is not in service.', attempts: 2 });
    expect(statusBadge(failed, 3, now)).toEqual({
      kind: 'failed',
      label: 'Failed',
      note: 'This number is not in service · 2 attempts',
    });
    expect(statusBadge(jobSummary({ attempts: 1 }), 3, now).note).toBeNull();
    expect(statusBadge(jobSummary({ attempts: 3 }), 3, now).note).toBe('After 3 attempts');
  });
});

describe('the delivered proof', () => {
  const events = [
    { at: now - 60_000, status: 'sending' as const, telnyxStatus: 'sending', detail: 'Sending pages.' },
    { at: now - 5_000, status: 'delivered' as const, telnyxStatus: 'delivered', detail: 'Delivered (4 pages).' },
  ];

  it('leads with the moment Telnyx delivered it and its pages', () => {
    const job = jobSummary({ status: 'delivered', pages: 4 });
    expect(deliveryProof(job, events, now)).toBe(`Delivered ${stepTime(now - 5_000)} · 4 of 4 pages`);
    expect(deliveryProof(job, null, now)).toBeNull();
    expect(deliveryProof(jobSummary({ status: 'failed' }), events, now)).toBeNull();
  });

  it('never says "confirmed" of an unconfirmed fax', () => {
    const when = () => '3:32 PM';
    expect(confirmationLine(jobSummary({ lastConfirmedAt: now }), when)).toBe('Last confirmed with Telnyx at 3:32 PM.');
    const unconfirmed = confirmationLine(jobSummary({ status: 'unconfirmed', lastConfirmedAt: now }), when);
    expect(unconfirmed).toMatch(/^Last heard from Telnyx about this fax at 3:32 PM;/);
    expect(unconfirmed).not.toMatch(/Last confirmed/);
  });
});
