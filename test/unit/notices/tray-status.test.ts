/** The tray's counts and words, and the badge number. */
import { describe, expect, it } from 'vitest';
import { AttentionTally, badgeCount, trayLabel } from '../../../main/engine/notices/tray-status';

describe('AttentionTally', () => {
  it('counts this desk’s failed and unconfirmed faxes while they are so', () => {
    const tally = new AttentionTally();
    tally.apply({ id: 'a', status: 'failed', origin: 'desk' });
    tally.apply({ id: 'b', status: 'unconfirmed', origin: 'desk' });
    tally.apply({ id: 'c', status: 'failed', origin: 'elsewhere' });
    expect(tally.counts(4)).toEqual({ unread: 4, failed: 1, unconfirmed: 1 });
    tally.apply({ id: 'a', status: 'waiting', origin: 'desk' }); // sent again
    tally.apply({ id: 'b', status: 'delivered', origin: 'desk' }); // resolved
    expect(tally.counts(0)).toEqual({ unread: 0, failed: 0, unconfirmed: 0 });
    tally.apply({ id: 'd', status: 'failed', origin: 'desk' });
    tally.forget('d'); // deleted
    expect(tally.counts(0).failed).toBe(0);
  });
});

describe('trayLabel and badgeCount', () => {
  it('says what needs the person, in the singular and the plural', () => {
    expect(trayLabel({ unread: 0, failed: 0, unconfirmed: 0 })).toBe('Faxdesk: nothing needs you');
    expect(trayLabel({ unread: 1, failed: 0, unconfirmed: 0 })).toBe('Faxdesk: 1 unread fax');
    expect(trayLabel({ unread: 3, failed: 2, unconfirmed: 1 })).toBe(
      'Faxdesk: 3 unread faxes, 2 faxes not delivered, 1 fax unconfirmed',
    );
    expect(badgeCount({ unread: 3, failed: 2, unconfirmed: 1 })).toBe(6);
    expect(badgeCount({ unread: 0, failed: 0, unconfirmed: 0 })).toBe(0);
  });
});
