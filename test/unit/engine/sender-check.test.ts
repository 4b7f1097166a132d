/** Which settings changes set who faxes are sent as, and so must be checked against the account. */
import { describe, expect, it } from 'vitest';
import { senderChanges } from '../../../main/engine/account/sender-check';

const chosen = { connectionId: '1', fromNumber: '+12025550180' };

describe('senderChanges()', () => {
  it.each([
    ['nothing changes', chosen, chosen, false],
    ['the number is cleared', chosen, { ...chosen, fromNumber: null }, false],
    ['both are cleared', chosen, { connectionId: null, fromNumber: null }, false],
    ['another number', chosen, { ...chosen, fromNumber: '+12025550181' }, true],
    ['another fax application, keeping the number', chosen, { ...chosen, connectionId: '2' }, true],
    [
      'a number with no application',
      { connectionId: null, fromNumber: null },
      { connectionId: null, fromNumber: '+12025550180' },
      true,
    ],
    ['a first choice', { connectionId: null, fromNumber: null }, chosen, true],
  ])('%s: %s', (_what, current, next, checked) => {
    expect(senderChanges(current, next)).toBe(checked);
  });
});
