/** What the recipients field makes of typed and pasted text, and which recent recipients it offers. */
import { describe, expect, it } from 'vitest';
import type { RecentRecipient } from '../../../preload/contract';
import { matchRecents, parseRecipientText, recipientLabel } from '../../../renderer/src/features/send/recipient-text';

const recents: RecentRecipient[] = [
  { number: '+12025550100', name: 'Harbor Legal', lastUsedAt: 3 },
  { number: '+442079460018', name: 'London office', lastUsedAt: 2 },
  { number: '+12025550177', name: null, lastUsedAt: 1 },
];

describe('parseRecipientText', () => {
  const us = { country: 'US', taken: [], recents };

  it('finds nothing in separators and spaces', () => {
    expect(parseRecipientText('', us)).toBeNull();
    expect(parseRecipientText(' , ;\n ', us)).toBeNull();
  });

  it('adds every valid number of a paste, in E.164, named when a recent recipient has the number', () => {
    expect(parseRecipientText('(202) 555-0100; +44 20 7946 0018\n202 555 0199', us)).toEqual({
      added: [
        { number: '+12025550100', name: 'Harbor Legal' },
        { number: '+442079460018', name: 'London office' },
        { number: '+12025550199', name: null },
      ],
      refused: [],
      duplicate: null,
    });
  });

  it('reads numbers without a country code in the home country', () => {
    expect(parseRecipientText('020 7946 0018', { ...us, country: 'GB' })?.added).toEqual([
      { number: '+442079460018', name: 'London office' },
    ]);
  });

  it('keeps what is not a number, as typed, and adds the rest', () => {
    expect(parseRecipientText('555, 202-555-0100 , Harbor', us)).toEqual({
      added: [{ number: '+12025550100', name: 'Harbor Legal' }],
      refused: ['555', 'Harbor'],
      duplicate: null,
    });
  });

  it('names a number already on the list, or typed twice, as shown, and adds it once', () => {
    const taken = [{ number: '+12025550100', name: null }];
    expect(parseRecipientText('202 555 0100', { ...us, taken })).toEqual({
      added: [],
      refused: [],
      duplicate: '(202) 555-0100',
    });
    expect(parseRecipientText('+44 20 7946 0018, 020 7946 0018', us)?.added).toHaveLength(1);
  });
});

describe('matchRecents', () => {
  it('offers every recent recipient not on the list while nothing is typed', () => {
    const taken = [{ number: '+442079460018', name: null }];
    expect(matchRecents(recents, '', taken, 'US').map((r) => r.number)).toEqual(['+12025550100', '+12025550177']);
  });

  it('matches a name regardless of case, and digits in the number as stored or as shown', () => {
    expect(matchRecents(recents, 'harbor', [], 'US').map((r) => r.name)).toEqual(['Harbor Legal']);
    expect(matchRecents(recents, '555-010', [], 'US').map((r) => r.number)).toEqual(['+12025550100']);
    expect(matchRecents(recents, '7946', [], 'US').map((r) => r.name)).toEqual(['London office']);
    expect(matchRecents(recents, 'nobody', [], 'US')).toEqual([]);
  });

  it('offers at most eight', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      number: `+1202555${String(1000 + i)}`,
      name: `Office ${i}`,
      lastUsedAt: i,
    }));
    expect(matchRecents(many, 'office', [], 'US')).toHaveLength(8);
  });
});

describe('recipientLabel', () => {
  it('names a recipient by name and number, or by number alone, in the home country’s format', () => {
    expect(recipientLabel({ number: '+12025550100', name: 'Harbor Legal' }, 'US')).toBe('Harbor Legal, (202) 555-0100');
    expect(recipientLabel({ number: '+442079460018', name: null }, 'US')).toBe('+44 20 7946 0018');
  });
});
