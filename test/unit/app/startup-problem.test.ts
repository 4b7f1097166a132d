/** Start-up problems in words: what happened, what to do, where, and the technical detail beneath. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../main/app/error-text';
import { describeStartupProblem } from '../../../main/app/startup-problem';
import { FaxdeskError } from '../../../main/engine/errors';

const dataDir = join('/home', 'pat', '.config', 'Faxdesk');
const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('describeStartupProblem()', () => {
  it('records: the engine’s words split into message and what to do, the cause as detail', () => {
    const cause = errno('SQLITE_BUSY', 'database is locked');
    const error = new FaxdeskError('database_busy', 'Your fax records are locked by another program.', {
      cause,
      whatToDo: 'Close the other program, then start Faxdesk again.',
    });
    expect(describeStartupProblem('records', error, dataDir)).toEqual({
      code: 'database_busy',
      affects: 'records',
      title: 'Your fax records are in use by another program',
      message: 'Your fax records are locked by another program.',
      whatToDo: 'Close the other program, then start Faxdesk again.',
      location: join(dataDir, 'faxdesk.db'),
      detail: 'Error (SQLITE_BUSY): database is locked',
    });
  });

  it('records: the technical detail of a module that did not load comes first', () => {
    const error = new FaxdeskError('installation_incomplete', 'Faxdesk is not installed correctly.', {
      cause: errno('ERR_DLOPEN_FAILED', 'invalid ELF header'),
      whatToDo: 'Reinstall Faxdesk.',
      technicalDetail: 'The native module of better-sqlite3 did not load',
    });
    const problem = describeStartupProblem('records', error, dataDir);
    expect(problem.title).toBe('Faxdesk is not installed correctly');
    expect(problem.detail).toBe(
      'The native module of better-sqlite3 did not load\nError (ERR_DLOPEN_FAILED): invalid ELF header',
    );
  });

  it('records: an unexpected error is not guessed at', () => {
    const problem = describeStartupProblem('records', new TypeError('store is undefined'), dataDir);
    expect(problem).toMatchObject({
      code: 'startup_failed',
      affects: 'records',
      detail: 'TypeError: store is undefined',
    });
    expect(problem.message).not.toMatch(/damaged/);
    expect(problem.whatToDo).toMatch(/technical details/);
  });

  it.each([
    [
      new SyntaxError('The config file is not valid JSON.'),
      'invalid_settings',
      /settings file is damaged/,
      'settings.json',
    ],
    [errno('EACCES', 'EACCES: permission denied, open'), 'startup_failed', /not allowed to use its data folder/, ''],
    [errno('ENOSPC', 'ENOSPC: no space left on device'), 'disk_full', /disk is full/, ''],
    [
      new FaxdeskError('keychain_unavailable', 'The keychain is not available.'),
      'keychain_unavailable',
      /could not start/,
      '',
    ],
    [new Error('something else'), 'startup_failed', /could not start/, ''],
  ] as const)('the engine: %s', (error, code, title, file) => {
    const problem = describeStartupProblem('engine', error, dataDir);
    expect(problem).toMatchObject({ code, affects: 'app', location: join(dataDir, file) });
    expect(problem.title).toMatch(title);
    expect(problem.message.length).toBeGreaterThan(20);
    expect(problem.whatToDo.length).toBeGreaterThan(20);
  });

  it('the sandbox: what still works', () => {
    const problem = describeStartupProblem('sandbox', errno('EADDRINUSE', 'listen EADDRINUSE'), dataDir);
    expect(problem).toMatchObject({ code: 'startup_failed', affects: 'sandbox', location: null });
    expect(problem.whatToDo).toMatch(/Try without an account/);
    expect(problem.detail).toBe('Error (EADDRINUSE): listen EADDRINUSE');
  });
});

describe('describeError()', () => {
  it('follows causes, stops at a loop, and hides keys', () => {
    const inner = new Error('sent with Authorization: Bearer KEY01234567890ABCDEF');
    const outer = new Error('outer', { cause: inner });
    (inner as { cause?: unknown }).cause = outer;
    const text = describeError(outer);
    expect(text).toBe('Error: outer\nCaused by: Error: sent with Authorization: Bearer …(hidden)');
    expect(describeError('plain words')).toBe('plain words');
    expect(describeError({ code: 7 })).toBe('{ code: 7 }');
  });
});
