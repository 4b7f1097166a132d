import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  COPY_LIFETIME_MS,
  copyName,
  readOnlyCopy,
  removeOldCopies,
  removeSharedCopies,
  viewingFolderOf,
} from '../../../main/app/document-copy';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-copy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const job = {
  id: '0b5e7c1e-2a52-4c9e-9d47-5b1f2f0a7e11',
  to: '+12025550100',
  createdAt: new Date(2026, 10, 27, 9, 5).getTime(),
};

const mode = (path: string) => statSync(path).mode & 0o777;
const posix = process.platform !== 'win32';
const isRoot = process.getuid?.() === 0;

/** Runs `read` as the unprivileged `nobody` account (only root can become it). */
function asAnotherUser<T>(read: () => T): T {
  const seteuid = process.seteuid;
  if (!seteuid) throw new Error('process.seteuid is missing');
  seteuid(65534);
  try {
    return read();
  } finally {
    seteuid(0);
  }
}

function archived(content = '%PDF-1.7 first'): string {
  const source = join(dir, 'archived.pdf');
  writeFileSync(source, content, { mode: 0o600 });
  return source;
}

describe('readOnlyCopy()', () => {
  it('gives the viewer a read-only copy with a recognisable name, never the archived file', async () => {
    const source = archived();
    const copy = await readOnlyCopy(source, job, viewingFolderOf(dir));
    expect(copy).not.toBe(source);
    expect(basename(copy)).toBe('Fax to 12025550100, 2026-11-27 09.05.pdf');
    expect(readFileSync(copy, 'utf8')).toBe('%PDF-1.7 first');
    expect(statSync(copy).mode & 0o222).toBe(0);
    expect(statSync(source).mode & 0o200).not.toBe(0);
  });

  it('puts each copy in a private folder of its own, with a name no one can predict', async () => {
    const source = archived();
    const viewing = viewingFolderOf(dir);
    const first = await readOnlyCopy(source, job, viewing);
    const second = await readOnlyCopy(source, job, viewing);
    expect(dirname(dirname(first))).toBe(viewing);
    expect(dirname(first)).not.toBe(dirname(second));
    // The fax's id is only a prefix: the rest of the folder's name is random.
    for (const folder of [dirname(first), dirname(second)]) {
      expect(basename(folder)).toMatch(/^0b5e7c1e-[A-Za-z0-9]{6}$/);
    }
    if (posix) {
      expect(mode(viewing)).toBe(0o700);
      expect(mode(dirname(first))).toBe(0o700);
      expect(mode(first)).toBe(0o400);
    }
  });

  it.runIf(posix && isRoot)('cannot be read, listed or replaced by another account, at each layer', async () => {
    const viewing = viewingFolderOf(dir);
    const copy = await readOnlyCopy(archived(), job, viewing);
    const own = dirname(copy);
    const tried = (action: () => unknown) =>
      asAnotherUser(() => {
        try {
          action();
          return 'allowed';
        } catch (error) {
          return (error as NodeJS.ErrnoException).code;
        }
      });
    // Open every layer but one in turn: each keeps another account out on its own.
    chmodSync(dir, 0o755);
    expect(tried(() => readdirSync(viewing))).toBe('EACCES');
    chmodSync(viewing, 0o755);
    expect(tried(() => readdirSync(own))).toBe('EACCES');
    expect(tried(() => writeFileSync(join(own, 'planted.pdf'), 'x'))).toBe('EACCES');
    chmodSync(own, 0o755);
    expect(tried(() => readFileSync(copy))).toBe('EACCES');
    // And with every layer open, reading works: the checks above test the modes, not the setup.
    chmodSync(copy, 0o444);
    expect(tried(() => readFileSync(copy, 'utf8'))).toBe('allowed');
  });

  it('never opens a file planted where the old, predictable copy used to be', async () => {
    const viewing = viewingFolderOf(dir);
    const predictable = join(viewing, job.id.slice(0, 8), copyName(job));
    mkdirSync(dirname(predictable), { recursive: true });
    writeFileSync(predictable, 'not the fax');
    const copy = await readOnlyCopy(archived(), job, viewing);
    expect(copy).not.toBe(predictable);
    expect(readFileSync(copy, 'utf8')).toBe('%PDF-1.7 first');
  });

  it('copies the archive as it is now, beside any earlier copy still open', async () => {
    const source = archived('%PDF-1.7 first');
    const first = await readOnlyCopy(source, job, viewingFolderOf(dir));
    writeFileSync(source, '%PDF-1.7 second');
    const copy = await readOnlyCopy(source, job, viewingFolderOf(dir));
    expect(readFileSync(copy, 'utf8')).toBe('%PDF-1.7 second');
    expect(readFileSync(first, 'utf8')).toBe('%PDF-1.7 first');
  });

  it('names copies with nothing a file system refuses', () => {
    expect(copyName(job)).not.toMatch(/[<>:"/\\|?*+]/);
  });
});

describe('removeOldCopies()', () => {
  it('removes copies made more than a day ago and keeps newer ones', async () => {
    const viewing = viewingFolderOf(dir);
    const source = archived();
    const old = await readOnlyCopy(source, job, viewing);
    const recent = await readOnlyCopy(source, job, viewing);
    const now = Date.now();
    const dayAndAMinute = (now - COPY_LIFETIME_MS - 60_000) / 1000;
    utimesSync(dirname(old), dayAndAMinute, dayAndAMinute);

    expect(await removeOldCopies(viewing, now)).toBe(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(dirname(old))).toBe(false);
    expect(readFileSync(recent, 'utf8')).toBe('%PDF-1.7 first');
  });

  it('is done again whenever a copy is made, for a desk that runs for weeks', async () => {
    const viewing = viewingFolderOf(dir);
    const source = archived();
    const old = await readOnlyCopy(source, job, viewing);
    const longAgo = (Date.now() - 2 * COPY_LIFETIME_MS) / 1000;
    utimesSync(dirname(old), longAgo, longAgo);
    await readOnlyCopy(source, job, viewing);
    expect(existsSync(dirname(old))).toBe(false);
  });

  it('has nothing to do before the first copy', async () => {
    expect(await removeOldCopies(viewingFolderOf(dir), Date.now())).toBe(0);
  });
});

describe.runIf(posix)('removeSharedCopies()', () => {
  it('removes the shared folder earlier versions used, when this account made it', async () => {
    const shared = join(dir, 'Faxdesk');
    mkdirSync(join(shared, '0b5e7c1e'), { recursive: true, mode: 0o755 });
    writeFileSync(join(shared, '0b5e7c1e', copyName(job)), '%PDF', { mode: 0o444 });
    expect(await removeSharedCopies(shared)).toBe('removed');
    expect(existsSync(shared)).toBe(false);
    expect(await removeSharedCopies(shared)).toBe('absent');
  });

  it('leaves a link, or a folder another account made, alone', async () => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'keep.txt'), 'keep');
    const link = join(dir, 'Faxdesk');
    symlinkSync(elsewhere, link);
    expect(await removeSharedCopies(link)).toBe('not_ours');
    expect(readFileSync(join(elsewhere, 'keep.txt'), 'utf8')).toBe('keep');

    if (isRoot) {
      const theirs = join(dir, 'theirs');
      mkdirSync(theirs);
      chownSync(theirs, 65534, 65534);
      expect(await removeSharedCopies(theirs)).toBe('not_ours');
      expect(existsSync(theirs)).toBe(true);
    }
  });
});
