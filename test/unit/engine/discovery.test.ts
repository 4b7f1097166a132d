import { describe, expect, it } from 'vitest';
import { chooseDefaults, type AccountSummary } from '../../../main/engine/account/discovery';

const app = (id: string, numbers: string[]): AccountSummary['applications'][number] => ({
  id,
  name: `App ${id}`,
  active: true,
  numbers: numbers.map((n, i) => ({ id: `${id}-${i}`, phoneNumber: n, status: 'active', connectionId: id })),
});

describe('chooseDefaults()', () => {
  const none = { connectionId: null, fromNumber: null };

  it('picks the only application and its only number', () => {
    expect(chooseDefaults([app('1', ['+12025550180'])], none)).toEqual({
      connectionId: '1',
      fromNumber: '+12025550180',
    });
  });

  it('picks the only application but leaves the number open when it has several', () => {
    expect(chooseDefaults([app('1', ['+12025550180', '+12025550181'])], none)).toEqual({
      connectionId: '1',
      fromNumber: null,
    });
  });

  it('leaves everything open when there are several applications', () => {
    expect(chooseDefaults([app('1', ['+12025550180']), app('2', ['+12025550181'])], none)).toEqual(none);
  });

  it('keeps a choice that still exists', () => {
    const apps = [app('1', ['+12025550180']), app('2', ['+12025550181', '+12025550182'])];
    expect(chooseDefaults(apps, { connectionId: '2', fromNumber: '+12025550182' })).toEqual({
      connectionId: '2',
      fromNumber: '+12025550182',
    });
  });

  it('drops a number that is no longer on the chosen application', () => {
    const apps = [app('2', ['+12025550181'])];
    expect(chooseDefaults(apps, { connectionId: '2', fromNumber: '+12025550199' })).toEqual({
      connectionId: '2',
      fromNumber: '+12025550181',
    });
  });

  it('has nothing to choose on an account without fax applications', () => {
    expect(chooseDefaults([], { connectionId: 'gone', fromNumber: '+12025550180' })).toEqual(none);
  });
});
