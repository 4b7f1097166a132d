/**
 * The watched folder with real files in a temporary folder and real records: a file written
 * slowly is taken once it is complete, a file renamed in is taken, temporary names and the
 * sent/ and failed/ subfolders are left alone, a locked file is tried again, a vanishing file is
 * let go, each file is taken exactly once across a restart, and taken files move to sent/ or
 * failed/ with a note saying why.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaxdeskError } from '../../../../main/engine/errors';
import { openDatabase, type Db } from '../../../../main/engine/store/database';
import { WatchedFiles } from '../../../../main/engine/store/watched-files';
import type { HandOff, WatchedFile } from '../../../../main/engine/watch/take-file';
import { startWatchedFolder, type WatchedFolder } from '../../../../main/engine/watch/watched-folder';

const SETTLE_MS = 150;
let dir: string;
let folder: string;
let db: Db;
let watched: WatchedFolder | null;
let handed: WatchedFile[];
let logged: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-watch-'));
  folder = join(dir, 'Faxdesk Outbox');
  db = openDatabase(join(dir, 'faxdesk.db'));
  handed = [];
  logged = [];
  watched = null;
});

afterEach(async () => {
  await watched?.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const sendAll: HandOff = (file) => {
  handed.push(file);
  return Promise.resolve({ outcome: 'sent' });
};

async function start(options: { handOff?: HandOff; readFile?: (path: string) => Promise<Uint8Array> } = {}) {
  watched = await startWatchedFolder({
    folder,
    ledger: new WatchedFiles(db, Date.now),
    handOff: options.handOff ?? sendAll,
    log: (message) => logged.push(message),
    settleMs: SETTLE_MS,
    rescanMs: 400,
    ...(options.readFile ? { readFile: options.readFile } : {}),
  });
  return watched;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await sleep(25);
  }
}

const inFolder = (sub = '') => (existsSync(join(folder, sub)) ? readdirSync(join(folder, sub)).sort() : []);

describe('the watched folder', () => {
  it('creates the folder, and takes a file written slowly in chunks only once it is complete', async () => {
    await start();
    expect(existsSync(folder)).toBe(true);
    const path = join(folder, 'letter.pdf');
    const chunk = Buffer.alloc(4096, 7);
    await writeFile(path, chunk);
    for (let i = 1; i < 8; i++) {
      await sleep(SETTLE_MS / 2);
      await appendFile(path, chunk);
    }
    await until(() => handed.length > 0, 'the file is taken');
    expect(handed).toHaveLength(1);
    expect(handed[0]!.name).toBe('letter.pdf');
    expect(handed[0]!.bytes.byteLength).toBe(8 * 4096);
    await until(() => inFolder('sent').includes('letter.pdf'), 'it is in sent/');
    expect(inFolder()).toEqual(['sent']);
  });

  it('takes a file renamed into the folder, and leaves temporary and hidden names and the subfolders alone', async () => {
    await start();
    mkdirSync(join(folder, 'failed'));
    writeFileSync(join(folder, 'failed', 'old.pdf'), 'old');
    for (const name of ['.hidden.pdf', '~$letter.docx', 'scan.pdf.part', 'page.crdownload', 'job.tmp']) {
      writeFileSync(join(folder, name), 'partial');
    }
    writeFileSync(join(dir, 'outside.pdf'), 'whole file');
    await rename(join(dir, 'outside.pdf'), join(folder, 'scan.pdf'));
    await until(() => inFolder('sent').includes('scan.pdf'), 'the renamed file is taken');
    await sleep(SETTLE_MS * 3);
    expect(handed.map((file) => file.name)).toEqual(['scan.pdf']);
    expect(inFolder()).toEqual([
      '.hidden.pdf',
      'failed',
      'job.tmp',
      'page.crdownload',
      'scan.pdf.part',
      'sent',
      '~$letter.docx',
    ]);
    expect(inFolder('failed')).toEqual(['old.pdf']);
  });

  it('tries a locked file again until it can be read', async () => {
    let locked = true;
    let refusals = 0;
    await start({
      readFile: async (path) => {
        if (locked) {
          refusals++;
          throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
        }
        return new Uint8Array(await readFile(path));
      },
    });
    writeFileSync(join(folder, 'locked.pdf'), 'locked by the scanner');
    await until(() => refusals >= 2, 'it was tried twice');
    expect(handed).toHaveLength(0);
    expect(inFolder()).toEqual(['locked.pdf']);
    locked = false;
    await until(() => inFolder('sent').includes('locked.pdf'), 'it is taken once unlocked');
    expect(handed).toHaveLength(1);
    expect(logged).toEqual([]);
  });

  it('lets a vanishing file go without taking it or failing', async () => {
    await start({
      readFile: async (path) => {
        rmSync(path);
        return new Uint8Array(await readFile(path));
      },
    });
    writeFileSync(join(folder, 'brief.pdf'), 'here and gone');
    writeFileSync(join(folder, 'blink.pdf'), 'gone at once');
    rmSync(join(folder, 'blink.pdf'));
    await until(() => !inFolder().includes('brief.pdf'), 'it vanished');
    await sleep(SETTLE_MS * 3);
    expect(handed).toEqual([]);
    expect(inFolder()).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('moves a file the hand-off refused to failed/, with a note saying why', async () => {
    await start({
      handOff: () =>
        Promise.reject(new FaxdeskError('invalid_document', 'notes.pdf is not a PDF or an image Faxdesk can fax.')),
    });
    writeFileSync(join(folder, 'notes.pdf'), 'plain words');
    await until(() => inFolder('failed').length === 2, 'it is in failed/');
    expect(inFolder('failed')).toEqual(['notes.pdf', 'notes.pdf.txt']);
    const note = readFileSync(join(folder, 'failed', 'notes.pdf.txt'), 'utf8');
    expect(note).toMatch(/^Faxdesk did not send notes\.pdf/);
    expect(note).toContain('notes.pdf is not a PDF or an image Faxdesk can fax.');
  });

  it('takes each file once across a restart, but takes a new file that reuses a name', async () => {
    await start();
    const path = join(folder, 'report.pdf');
    writeFileSync(path, 'first report');
    const mtime = new Date(Date.now() - 60_000);
    utimesSync(path, mtime, mtime);
    await until(() => inFolder('sent').includes('report.pdf'), 'it is taken');
    await watched!.stop();

    // The same file put back (same name, size, time and content): a restarted watcher does not take it again.
    writeFileSync(path, 'first report');
    utimesSync(path, mtime, mtime);
    await start();
    await until(() => inFolder('failed').includes('report.pdf.txt'), 'it is moved out, not taken');
    expect(handed).toHaveLength(1);
    expect(readFileSync(join(folder, 'failed', 'report.pdf.txt'), 'utf8')).toMatch(/already took this same file/);

    // A new file under the same name is a new file.
    writeFileSync(path, 'second report');
    await until(() => inFolder('sent').includes('report (2).pdf'), 'the new file is taken');
    expect(handed.map((file) => Buffer.from(file.bytes).toString())).toEqual(['first report', 'second report']);
  });

  it('does not take again a file whose taking was cut short, and says so', async () => {
    const ledger = new WatchedFiles(db, () => Date.now() - 3_600_000);
    const path = join(folder, 'to 202-555-0100.pdf');
    mkdirSync(folder);
    writeFileSync(path, 'queued, then the power went');
    const mtime = new Date(Date.now() - 60_000);
    utimesSync(path, mtime, mtime);
    const { createHash } = await import('node:crypto');
    ledger.claim({
      folder,
      name: 'to 202-555-0100.pdf',
      size: 27,
      mtimeMs: statSync(path).mtimeMs,
      sha256: createHash('sha256').update('queued, then the power went').digest('hex'),
    });
    await start();
    await until(() => inFolder('failed').length === 2, 'it is moved out');
    expect(handed).toEqual([]);
    expect(readFileSync(join(folder, 'failed', 'to 202-555-0100.pdf.txt'), 'utf8')).toMatch(/Check Outbox and history/);
  });
});
