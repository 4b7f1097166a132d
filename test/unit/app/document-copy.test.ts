import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyName, readOnlyCopy } from '../../../main/app/document-copy';

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

describe('readOnlyCopy()', () => {
  it('gives the viewer a read-only copy with a recognisable name, never the archived file', async () => {
    const source = join(dir, 'archived.pdf');
    writeFileSync(source, '%PDF-1.7 first');
    const copy = await readOnlyCopy(source, job, join(dir, 'viewing'));
    expect(copy).not.toBe(source);
    expect(basename(copy)).toBe('Fax to 12025550100, 2026-11-27 09.05.pdf');
    expect(readFileSync(copy, 'utf8')).toBe('%PDF-1.7 first');
    expect(statSync(copy).mode & 0o222).toBe(0);
    expect(statSync(source).mode & 0o200).not.toBe(0);
  });

  it('replaces an earlier read-only copy with the archive as it is now', async () => {
    const source = join(dir, 'archived.pdf');
    writeFileSync(source, '%PDF-1.7 first');
    await readOnlyCopy(source, job, join(dir, 'viewing'));
    writeFileSync(source, '%PDF-1.7 second');
    const copy = await readOnlyCopy(source, job, join(dir, 'viewing'));
    expect(readFileSync(copy, 'utf8')).toBe('%PDF-1.7 second');
  });

  it('names copies with nothing a file system refuses', () => {
    expect(copyName(job)).not.toMatch(/[<>:"/\\|?*+]/);
  });
});
