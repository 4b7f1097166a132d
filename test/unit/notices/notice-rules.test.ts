/**
 * Which fax changes notify: final outcomes of this desk's faxes and arrived faxes, once each;
 * never intermediate states, redials, faxes from elsewhere, or what was settled before start.
 */
import { describe, expect, it } from 'vitest';
import { isWanted, NoticeWatch, type SentFaxState } from '../../../main/engine/notices/notice-rules';
import { defaultSettings } from '../../../domain/settings';
import { explainFailure } from '../../../main/engine/outbox/failure-reasons';

const STARTED = 1_000_000;
const sent = (status: SentFaxState['status'], extra: Partial<SentFaxState> = {}): SentFaxState => ({
  id: 'job-1',
  to: '+12025550100',
  status,
  origin: 'desk',
  failureReason: null,
  createdAt: STARTED + 10,
  ...extra,
});

describe('NoticeWatch, sent faxes', () => {
  it('tells a delivery once, and nothing for the states before it or a redial', () => {
    const watch = new NoticeWatch(STARTED);
    expect(watch.sentChanged(sent('waiting'))).toBeNull();
    expect(watch.sentChanged(sent('submitting'))).toBeNull();
    expect(watch.sentChanged(sent('sending'))).toBeNull();
    expect(watch.sentChanged(sent('waiting'))).toBeNull(); // a busy line: a redial is coming
    expect(watch.sentChanged(sent('sending'))).toBeNull();
    expect(watch.sentChanged(sent('delivered'))).toEqual({
      kind: 'delivered',
      direction: 'sent',
      faxId: 'job-1',
      number: '+12025550100',
      reason: null,
    });
    expect(watch.sentChanged(sent('delivered'))).toBeNull();
  });

  it('tells a final failure with its reason in words, and an unconfirmed fax', () => {
    const watch = new NoticeWatch(STARTED);
    watch.sentChanged(sent('sending'));
    expect(watch.sentChanged(sent('failed', { failureReason: 'user_busy' }))).toMatchObject({
      kind: 'failed',
      reason: explainFailure('user_busy').text,
    });
    const other = new NoticeWatch(STARTED);
    expect(other.sentChanged(sent('unconfirmed'))?.kind).toBe('unconfirmed');
    expect(other.sentChanged(sent('cancelled'))).toBeNull();
  });

  it('stays quiet for what was settled before start, and tells what was open then', () => {
    const watch = new NoticeWatch(STARTED);
    // Not seeded and made before start: it was final already (a sync touched it).
    expect(watch.sentChanged(sent('delivered', { id: 'old', createdAt: STARTED - 5 }))).toBeNull();
    // Unconfirmed at start and still so: nothing new.
    watch.seedSent('open', 'unconfirmed');
    expect(watch.sentChanged(sent('unconfirmed', { id: 'open', createdAt: 1 }))).toBeNull();
    // Sending at start, delivered now.
    watch.seedSent('going', 'sending');
    expect(watch.sentChanged(sent('delivered', { id: 'going', createdAt: 1 }))?.kind).toBe('delivered');
  });

  it('leaves faxes sent from elsewhere to the desk that sent them', () => {
    const watch = new NoticeWatch(STARTED);
    expect(watch.sentChanged(sent('delivered', { origin: 'elsewhere' }))).toBeNull();
  });

  it('tells a fax again once it was sent again and ends again', () => {
    const watch = new NoticeWatch(STARTED);
    watch.sentChanged(sent('failed'));
    watch.sentChanged(sent('waiting'));
    expect(watch.sentChanged(sent('failed'))?.kind).toBe('failed');
  });
});

describe('NoticeWatch, received faxes', () => {
  const fax = (status: 'receiving' | 'media.processing' | 'received' | 'failed', receivedAt = STARTED + 1) => ({
    id: 'in-1',
    from: '+12025550199',
    status,
    receivedAt,
  });

  it('tells a fax once it has arrived, not while it comes in or when a call failed', () => {
    const watch = new NoticeWatch(STARTED);
    expect(watch.receivedChanged(fax('receiving'))).toBeNull();
    expect(watch.receivedChanged(fax('media.processing'))).toBeNull();
    expect(watch.receivedChanged(fax('received'))).toEqual({
      kind: 'received',
      direction: 'received',
      faxId: 'in-1',
      number: '+12025550199',
      reason: null,
    });
    expect(watch.receivedChanged(fax('received'))).toBeNull(); // archived, read: still the same fax
    expect(new NoticeWatch(STARTED).receivedChanged(fax('failed'))).toBeNull();
  });

  it('stays quiet for faxes that arrived before start (the history read back)', () => {
    const watch = new NoticeWatch(STARTED);
    expect(watch.receivedChanged(fax('received', STARTED - 60_000))).toBeNull();
    watch.seedReceived('in-2', 'receiving');
    expect(watch.receivedChanged({ ...fax('received', STARTED - 60_000), id: 'in-2' })?.kind).toBe('received');
  });
});

describe('isWanted', () => {
  it('follows the Settings switch of each kind', () => {
    expect(isWanted('delivered', defaultSettings)).toBe(true);
    expect(isWanted('delivered', { ...defaultSettings, notifyDelivered: false })).toBe(false);
    expect(isWanted('failed', { ...defaultSettings, notifyFailed: false })).toBe(false);
    expect(isWanted('unconfirmed', { ...defaultSettings, notifyUnconfirmed: false })).toBe(false);
    expect(isWanted('received', { ...defaultSettings, notifyReceived: false })).toBe(false);
  });
});
