/**
 * The data folder made private at start: an older Faxdesk left it 0755 with its files 0644,
 * where any other account on the computer could read the history and the documents.
 */
import {
  chmodSync,
  chownSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createPrivateFile,
  openPrivateFileForWriting,
  tightenDataFolder,
} from '../../../main/engine/store/private-files';

const posix = process.platform !== 'win32';
const isRoot = process.getuid?.() === 0;
const mode = (path: string) => statSync(path).mode & 0o777;

let base: string;
let umask: number;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'faxdesk-private-'));
  // The common default, which made the old folders readable by everyone.
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
  rmSync(base, { recursive: true, force: true });
});

/** A data folder as Faxdesk before this change left it. */
function oldDesk(): string {
  const desk = join(base, 'Faxdesk');
  const file = (relative: string, fileMode = 0o644) => {
    writeFileSync(join(desk, relative), relative);
    chmodSync(join(desk, relative), fileMode);
  };
  for (const folder of ['documents/ab', 'documents/cd', 'logs', 'viewing/0b5e7c1e-x1y2z3']) {
    mkdirSync(join(desk, folder), { recursive: true, mode: 0o755 });
  }
  chmodSync(desk, 0o755);
  file('faxdesk.db');
  file('faxdesk.db-wal');
  file('faxdesk.db-shm');
  file('settings.json');
  file('settings.json.tmp-1234');
  file('documents/ab/ab12.pdf');
  file('documents/cd/cd34.pdf');
  file('documents/cd/cd56.pdf.4242.tmp');
  file('logs/main.log');
  file('logs/main.old.log');
  file('viewing/0b5e7c1e-x1y2z3/Fax to 12025550100.pdf', 0o444);
  return desk;
}

/** Every folder and file under `root`, with its mode (links as links). */
function walk(root: string, found = new Map<string, number>()): Map<string, number> {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    found.set(path, entry.isSymbolicLink() ? -1 : mode(path));
    if (entry.isDirectory()) walk(path, found);
  }
  return found;
}

describe.runIf(posix)('tightenDataFolder()', () => {
  it('makes an old 0755/0644 data folder private: folders 0700, files 0600, read-only copies 0400', () => {
    const desk = oldDesk();
    const report = tightenDataFolder(desk);

    expect(report.problems).toEqual([]);
    expect(mode(desk)).toBe(0o700);
    const modes = walk(desk);
    expect(modes.size).toBe(17);
    for (const [path, found] of modes) {
      const expected = statSync(path).isDirectory() ? 0o700 : path.includes('viewing') ? 0o400 : 0o600;
      expect({ path, mode: found.toString(8) }).toEqual({ path, mode: expected.toString(8) });
    }
    expect(report.tightened).toBe(modes.size + 1);
    // Nothing left to do the next time.
    expect(tightenDataFolder(desk)).toEqual({ tightened: 0, problems: [] });
  });

  it('creates a missing data folder private, whatever the umask', () => {
    const desk = join(base, 'new', 'Faxdesk');
    tightenDataFolder(desk);
    expect(mode(desk)).toBe(0o700);
  });

  it("leaves what is not Faxdesk's alone, and never follows a link", () => {
    const desk = oldDesk();
    // The app's data folder is also Chromium's profile; FAXDESK_HOME may hold other things.
    mkdirSync(join(desk, 'Cache'), { mode: 0o755 });
    writeFileSync(join(desk, 'Preferences'), '{}', { mode: 0o644 });
    const outside = join(base, 'outside');
    mkdirSync(outside, { mode: 0o755 });
    writeFileSync(join(outside, 'shared.txt'), 'x', { mode: 0o644 });
    symlinkSync(outside, join(desk, 'documents', 'ef'));
    symlinkSync(join(outside, 'shared.txt'), join(desk, 'documents', 'ab', 'link.pdf'));

    tightenDataFolder(desk);
    expect(mode(join(desk, 'Cache'))).toBe(0o755);
    expect(mode(join(desk, 'Preferences'))).toBe(0o644);
    expect(mode(outside)).toBe(0o755);
    expect(mode(join(outside, 'shared.txt'))).toBe(0o644);
  });

  it('tightens contents before their folder, so a folder left open is walked again', () => {
    const desk = oldDesk();
    tightenDataFolder(desk);
    // A later folder 0755 (a restore from a backup) is looked into again.
    chmodSync(join(desk, 'documents'), 0o755);
    chmodSync(join(desk, 'documents', 'ab', 'ab12.pdf'), 0o644);
    chmodSync(join(desk, 'documents', 'ab'), 0o755);
    expect(tightenDataFolder(desk).tightened).toBe(3);
    expect(mode(join(desk, 'documents', 'ab', 'ab12.pdf'))).toBe(0o600);
  });

  it.runIf(isRoot)('reports what it may not change, and goes on with the rest', () => {
    const desk = oldDesk();
    const theirs = join(desk, 'documents', 'ab', 'ab12.pdf');
    // The desk is nobody's; one document in it belongs to another account (root).
    for (const [path] of walk(desk)) if (path !== theirs) chownSync(path, 65534, 65534);
    chownSync(desk, 65534, 65534);
    chmodSync(base, 0o755);
    const seteuid = process.seteuid;
    if (!seteuid) throw new Error('process.seteuid is missing');
    seteuid(65534);
    let report;
    try {
      report = tightenDataFolder(desk);
    } finally {
      seteuid(0);
    }
    expect(report.problems.map((problem) => problem.path)).toEqual([theirs]);
    expect(report.problems[0]?.error).toMatchObject({ code: 'EPERM' });
    expect(mode(theirs)).toBe(0o644);
    expect(mode(join(desk, 'documents', 'cd', 'cd34.pdf'))).toBe(0o600);
    expect(mode(desk)).toBe(0o700);
  });
});

describe.runIf(posix)('private files', () => {
  it('are created 0600 whatever the umask, and a new file is never one already there', () => {
    const path = join(base, 'faxdesk.db');
    expect(createPrivateFile(path)).toBe(true);
    expect(mode(path)).toBe(0o600);
    expect(createPrivateFile(path)).toBe(false);
  });

  it('are written private even over a file left 0644 (a temporary file from a crash)', () => {
    const path = join(base, 'left.tmp');
    writeFileSync(path, 'old', { mode: 0o644 });
    closeSync(openPrivateFileForWriting(path));
    expect(mode(path)).toBe(0o600);
    expect(statSync(path).size).toBe(0);
  });
});
