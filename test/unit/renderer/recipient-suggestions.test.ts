/**
 * Send's suggestions: the address book's groups and contacts before recent recipients, nothing
 * already on the list, a group adding only its members not on the list, and the words shown
 * and announced.
 */
import { describe, expect, it } from 'vitest';
import type { RecipientSuggestionView } from '../../../preload/contract';
import {
  addedText,
  combineSuggestions,
  recipientsOf,
  suggestionText,
} from '../../../renderer/src/features/send/recipient-suggestions';

const clinic: RecipientSuggestionView = {
  kind: 'contact',
  contactId: 'c1',
  name: 'North Clinic',
  organization: 'Northside Health',
  number: '+13125550101',
  label: 'Front desk',
};
const labs: RecipientSuggestionView = {
  kind: 'group',
  groupId: 'g1',
  name: 'Labs',
  numbers: ['+13125550101', '+13125550102'],
};

describe('combineSuggestions', () => {
  it('puts contacts and groups first, then recents no contact offered, leaving out what is on the list', () => {
    const recents = [
      { number: '+13125550101', name: 'North', lastUsedAt: 1 },
      { number: '+13125550199', name: null, lastUsedAt: 2 },
      { number: '+13125550188', name: null, lastUsedAt: 3 },
    ];
    const taken = [{ number: '+13125550188', name: null }];
    expect(combineSuggestions([labs, clinic], recents, taken)).toEqual([
      labs,
      clinic,
      { kind: 'recent', number: '+13125550199', name: null },
    ]);
  });

  it('drops a group whose members are all on the list already', () => {
    const taken = labs.numbers.map((number) => ({ number, name: null }));
    expect(combineSuggestions([labs], [], taken)).toEqual([]);
  });
});

describe('recipientsOf and the words', () => {
  it("adds a group's members not on the list yet, one fax each", () => {
    const added = recipientsOf(labs, [{ number: '+13125550101', name: 'North Clinic' }]);
    expect(added).toEqual([{ number: '+13125550102', name: null }]);
    expect(addedText(labs, added, 'US')).toBe('Added Labs: 1 number.');
  });

  it('adds a contact with its name, and says who and which number', () => {
    expect(recipientsOf(clinic, [])).toEqual([{ number: '+13125550101', name: 'North Clinic' }]);
    expect(suggestionText(clinic, 'US')).toEqual({
      name: 'North Clinic, Northside Health',
      detail: '(312) 555-0101 · Front desk',
    });
    expect(suggestionText(labs, 'US')).toEqual({ name: 'Labs', detail: 'Group · 2 numbers' });
    expect(addedText(clinic, [], 'US')).toBe('Added North Clinic, (312) 555-0101.');
  });
});
