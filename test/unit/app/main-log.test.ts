/** The main process's log file: private, never a second failure, and the cause of every error in it. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainLog } from '../../../main/app/main-log';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'faxdesk-log-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;
const quiet = () => ({ error: vi.fn() });

describe('createMainLog()', () => {
  it('writes each line to the console and to a private file, with the error, its code, cause and stack', () => {
    const out = quiet();
    const path = join(dataDir, 'logs', 'main.log');
    const log = createMainLog(path, { console: out, now: () => new Date('2030-01-02T03:04:05Z') });
    const cause = Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' });
    const error = new Error('Faxdesk cannot read your fax records', { cause });

    log('Start-up: records', error);
    log('Outbox resumed');

    expect(out.error).toHaveBeenCalledWith('Start-up: records', error);
    expect(out.error).toHaveBeenCalledWith('Outbox resumed');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('2030-01-02T03:04:05.000Z Start-up: records\n');
    expect(text).toContain('Error: Faxdesk cannot read your fax records');
    expect(text).toContain('Caused by: Error (SQLITE_NOTADB): file is not a database');
    expect(text).toMatch(/\n {4}\s*at /);
    expect(text).toContain('2030-01-02T03:04:05.000Z Outbox resumed\n');
    if (process.platform !== 'win32') {
      expect(mode(join(dataDir, 'logs'))).toBe(0o700);
      expect(mode(path)).toBe(0o600);
    }
  });

  it('makes an existing log and its folder private', () => {
    if (process.platform === 'win32') return;
    mkdirSync(join(dataDir, 'logs'), { mode: 0o755 });
    const path = join(dataDir, 'logs', 'main.log');
    writeFileSync(path, 'earlier\n', { mode: 0o644 });
    createMainLog(path, { console: quiet() })('again');
    expect(mode(join(dataDir, 'logs'))).toBe(0o700);
    expect(mode(path)).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toMatch(/^earlier\n.* again\n$/);
  });

  it('hides anything that looks like a Telnyx key', () => {
    const path = join(dataDir, 'logs', 'main.log');
    createMainLog(path, { console: quiet() })('Telnyx refused', new Error('key KEY0123456789ABCDEF_xyz was refused'));
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('KEY0123456789ABCDEF_xyz');
    expect(text).toContain('KEY…(hidden)');
  });

  it('moves a log grown past its limit aside and begins a new one', () => {
    const path = join(dataDir, 'logs', 'main.log');
    mkdirSync(join(dataDir, 'logs'));
    writeFileSync(path, 'x'.repeat(2000));
    createMainLog(path, { console: quiet(), maxBytes: 1000 })('fresh');
    expect(readFileSync(join(dataDir, 'logs', 'main.old.log'), 'utf8')).toBe('x'.repeat(2000));
    expect(readFileSync(path, 'utf8')).toMatch(/^\S+ fresh\n$/);
  });

  it('never throws when the file cannot be written: the console still has every line', () => {
    writeFileSync(join(dataDir, 'logs'), 'a file where the logs folder would go');
    const out = quiet();
    const log = createMainLog(join(dataDir, 'logs', 'main.log'), { console: out });
    expect(() => log('first', new Error('boom'))).not.toThrow();
    expect(() => log('second')).not.toThrow();
    expect(out.error).toHaveBeenCalledWith('first', expect.any(Error));
    expect(out.error).toHaveBeenCalledWith('second');
    // Said once, not at every line.
    const notes = out.error.mock.calls.filter(([line]) => String(line).includes('could not write its log file'));
    expect(notes).toHaveLength(1);
    expect(existsSync(join(dataDir, 'logs', 'main.log'))).toBe(false);
  });
});
