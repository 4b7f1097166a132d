/**
 * Faxdesk's CUPS backend (assets/print/linux/faxdesk), run with `sh` the way CUPS runs it: job id,
 * user, title, copies and options as arguments, DEVICE_URI set, the document on stdin or as the
 * sixth argument. No CUPS daemon is involved.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceUri } from '../../../main/engine/print/cups-commands';

const BACKEND = resolve(import.meta.dirname, '../../../assets/print/linux/faxdesk');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the backend; `feed` writes its stdin (by default it is closed at once). */
function runBackend(
  args: string[],
  env: Record<string, string>,
  feed: (stdin: NodeJS.WritableStream) => Promise<void> | void = (stdin) => void stdin.end(),
): Promise<Run> {
  const child = spawn('sh', [BACKEND, ...args], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((done) => child.on('close', (code) => done({ code, stdout, stderr })));
  child.stdin.on('error', () => {});
  return Promise.resolve(feed(child.stdin)).then(() => done);
}

let work: string;
let folder: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'faxdesk-backend-'));
  // A space and a non-ASCII letter, as a real home folder may have.
  folder = join(work, 'Faxdesk Outbox é');
  mkdirSync(folder);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const job = (id: string, title: string, copies = '1') => [id, 'ana', title, copies, 'media=a4'];

describe('the CUPS backend', () => {
  it('prints its discovery line when run without arguments', async () => {
    const run = await runBackend([], {});
    expect(run).toMatchObject({ code: 0, stdout: 'direct faxdesk "Faxdesk" "Print to fax with Faxdesk"\n' });
  });

  it('writes a job from stdin into the folder named by the device URI, under its title and job id', async () => {
    const run = await runBackend(job('42', 'to 202-555-0100'), { DEVICE_URI: deviceUri(folder) }, (stdin) => {
      stdin.end(PDF);
    });
    expect(run.code).toBe(0);
    expect(readdirSync(folder)).toEqual(['to 202-555-0100 (job 42).pdf']);
    expect(readFileSync(join(folder, 'to 202-555-0100 (job 42).pdf'))).toEqual(PDF);
    expect(statSync(join(folder, 'to 202-555-0100 (job 42).pdf')).mode & 0o777).toBe(0o600);
    expect(run.stderr).toContain('INFO: Faxdesk: the job is in');
  });

  it('reads the document from the sixth argument, and takes faxdesk:// as well', async () => {
    const file = join(work, 'd00042-001');
    writeFileSync(file, PDF);
    const uri = deviceUri(folder).replace('faxdesk:', 'faxdesk://');
    const run = await runBackend([...job('7', 'Letter.pdf', '3'), file], { DEVICE_URI: uri });
    expect(run.code).toBe(0);
    expect(readdirSync(folder)).toEqual(['Letter (job 7).pdf']);
    expect(run.stderr).toContain('a fax is sent once; the 3 copies asked for were not made');
  });

  it('gives two jobs with the same title different names', async () => {
    const env = { DEVICE_URI: deviceUri(folder) };
    await runBackend(job('8', 'Invoice'), env, (stdin) => void stdin.end(PDF));
    await runBackend(job('9', 'Invoice'), env, (stdin) => void stdin.end(PDF));
    // Job ids start again when CUPS's history is cleared: the name is still not taken twice.
    await runBackend(job('9', 'Invoice'), env, (stdin) => void stdin.end(PDF));
    expect(readdirSync(folder).sort()).toEqual([
      'Invoice (job 8).pdf',
      'Invoice (job 9) (2).pdf',
      'Invoice (job 9).pdf',
    ]);
  });

  it('keeps only safe characters of the title, and never makes a hidden file', async () => {
    const env = { DEVICE_URI: deviceUri(folder) };
    await runBackend(job('10', '../../etc/passwd; rm -rf $HOME'), env, (stdin) => void stdin.end(PDF));
    await runBackend(job('11', '...'), env, (stdin) => void stdin.end(PDF));
    expect(readdirSync(folder).sort()).toEqual(['Print job (job 11).pdf', '_.._etc_passwd_ rm -rf _HOME (job 10).pdf']);
  });

  it('shows nothing under the final name until the whole job is written', async () => {
    const run = runBackend(job('12', 'Slow'), { DEVICE_URI: deviceUri(folder) }, async (stdin) => {
      stdin.write(PDF.subarray(0, 10));
      await until(() => readdirSync(folder).length > 0);
      await new Promise((wait) => setTimeout(wait, 200));
      const names = readdirSync(folder);
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^\.faxdesk-job12-.+\.part$/);
      stdin.end(PDF.subarray(10));
    });
    expect((await run).code).toBe(0);
    expect(readdirSync(folder)).toEqual(['Slow (job 12).pdf']);
    expect(readFileSync(join(folder, 'Slow (job 12).pdf'))).toEqual(PDF);
  });

  it('cancels a job that is not a PDF, with words, and leaves nothing behind', async () => {
    const run = await runBackend(job('13', 'Text'), { DEVICE_URI: deviceUri(folder) }, (stdin) => {
      stdin.end('Hello, this is plain text\n');
    });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^ERROR: Faxdesk: this job is not a PDF, so it cannot be faxed\./);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('fails, keeping the job, when the folder does not exist', async () => {
    const missing = join(work, 'gone');
    const run = await runBackend(job('14', 'X'), { DEVICE_URI: deviceUri(missing) }, (stdin) => void stdin.end(PDF));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ERROR: Faxdesk: the folder "${missing}" does not exist, so the job was kept.`);
  });

  it.each([
    ['no device URI', {}],
    ['another scheme', { DEVICE_URI: 'ipp://printer/x' }],
    ['a relative path', { DEVICE_URI: 'faxdesk:relative/folder' }],
    ['a broken escape', { DEVICE_URI: 'faxdesk:/tmp/%zz' }],
    ['an encoded newline', { DEVICE_URI: 'faxdesk:/tmp/a%0Ab' }],
  ])('fails with words on %s', async (_what, env: Record<string, string>) => {
    const run = await runBackend(job('15', 'X'), env, (stdin) => void stdin.end(PDF));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ERROR: Faxdesk: .+\n$/);
  });

  it('refuses a job id that is not a number, and a wrong number of arguments', async () => {
    const env = { DEVICE_URI: deviceUri(folder) };
    expect((await runBackend(job('1;x', 'X'), env)).stderr).toContain('is not a number');
    const usage = await runBackend(['1', 'ana'], env);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('Usage: faxdesk JOB-ID USER TITLE COPIES OPTIONS [FILE]');
  });

  // CUPS runs the installed backend (0700 root) as root: the file must belong to the folder's
  // owner, and the spool file, readable by root only, must still be read.
  it.skipIf(process.getuid?.() !== 0)('as root, writes as the owner of the folder', async () => {
    chmodSync(work, 0o755);
    chownSync(folder, 65534, 65534);
    const spool = join(work, 'spool');
    mkdirSync(spool, { mode: 0o700 });
    writeFileSync(join(spool, 'd00016-001'), PDF);
    const run = await runBackend([...job('16', 'Owned'), join(spool, 'd00016-001')], { DEVICE_URI: deviceUri(folder) });
    expect(run).toMatchObject({ code: 0 });
    const written = statSync(join(folder, 'Owned (job 16).pdf'));
    expect([written.uid, written.gid]).toEqual([65534, 65534]);
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((wait) => setTimeout(wait, 20));
  if (!condition()) throw new Error('timed out');
}
