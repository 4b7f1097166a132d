/**
 * The words of notifications: one fax names who it was with (a contact's name when known) and
 * why it failed; a batch of one kind is one summary; no document content ever.
 */
import { describe, expect, it } from 'vitest';
import { describeNotices } from '../../../main/engine/notices/notice-text';
import type { Notice } from '../../../main/engine/notices/notice-rules';

const notice = (kind: Notice['kind'], n: number, reason: string | null = null): Notice => ({
  kind,
  direction: kind === 'received' ? 'received' : 'sent',
  faxId: `fax-${n}`,
  number: `+120255501${String(n).padStart(2, '0')}`,
  reason,
});

describe('describeNotices', () => {
  it('names the number the national way, or the contact, and opens that fax', () => {
    expect(describeNotices([notice('delivered', 0)], { homeCountry: 'US' })).toEqual([
      {
        kind: 'delivered',
        title: 'Fax delivered',
        body: 'Your fax to (202) 555-0100 was delivered.',
        target: { direction: 'sent', faxId: 'fax-0' },
      },
    ]);
    const [received] = describeNotices([notice('received', 1)], {
      nameFor: (number) => (number === '+12025550101' ? 'Dr. Adams' : null),
    });
    expect(received).toMatchObject({ title: 'Fax received', body: 'A fax from Dr. Adams has arrived.' });
    expect(received?.target).toEqual({ direction: 'received', faxId: 'fax-1' });
  });

  it('says why a fax failed, and what to do with an unconfirmed one', () => {
    const [failed, unconfirmed] = describeNotices(
      [notice('failed', 2, 'The line was busy every time.'), notice('unconfirmed', 3)],
      { homeCountry: 'US' },
    );
    expect(failed?.body).toBe('Your fax to (202) 555-0102 was not delivered: The line was busy every time.');
    expect(unconfirmed).toMatchObject({
      title: 'Fax unconfirmed',
      body: 'Faxdesk could not confirm whether your fax to (202) 555-0103 was sent. Open it to decide.',
    });
  });

  it('makes a batch of one kind one summary that opens the list', () => {
    const batch = Array.from({ length: 12 }, (_, n) => notice('delivered', n));
    const shown = describeNotices(batch, { homeCountry: 'US' });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toEqual({
      kind: 'delivered',
      title: '12 faxes delivered',
      body: 'To (202) 555-0100, (202) 555-0101, (202) 555-0102 and 9 more.',
      target: { direction: 'sent', faxId: null },
    });
  });

  it('keeps kinds apart in a mixed batch, and names each recipient once', () => {
    const shown = describeNotices(
      [notice('failed', 1), notice('received', 4), notice('failed', 2), notice('received', 4)],
      { homeCountry: 'US' },
    );
    expect(shown.map((s) => s.title)).toEqual(['2 faxes not delivered', '2 faxes received']);
    expect(shown[0]?.body).toBe('To (202) 555-0101 and (202) 555-0102. Open Faxdesk to see why.');
    expect(shown[1]?.body).toBe('From (202) 555-0104.');
  });
});
