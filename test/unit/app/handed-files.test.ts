/**
 * Files handed to Faxdesk wait for the page, which takes them staged like dropped files; one that
 * cannot be faxed is said in words, and the page is told when files arrive.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HandedFiles } from '../../../main/app/handed-files';
import { StagedDocuments } from '../../../main/app/staged-documents';
import { FaxdeskError } from '../../../main/engine/errors';
import type { SourceFile } from '../../../main/engine/documents';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'faxdesk-handed-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const inspect = (file: SourceFile) =>
  file.name.endsWith('.pdf')
    ? Promise.resolve({ kind: 'pdf' as const, pages: 2 })
    : Promise.reject(new FaxdeskError('invalid_document', 'Faxdesk can fax PDF, TIFF, PNG and JPEG files.'));

describe('HandedFiles', () => {
  it('tells the page, then hands the files over staged, once', async () => {
    const events: unknown[] = [];
    const handed = new HandedFiles((event, payload) => events.push([event, payload]));
    const pdf = join(folder, 'referral.pdf');
    const text = join(folder, 'notes.txt');
    await writeFile(pdf, 'pdf bytes');
    await writeFile(text, 'text');
    handed.hand([pdf, text, pdf]);
    expect(events).toEqual([['documents.handed', { count: 2 }]]);

    const staged = new StagedDocuments();
    const taken = await handed.take(staged, inspect);
    expect(taken.documents).toHaveLength(1);
    expect(taken.documents[0]).toMatchObject({ name: 'referral.pdf', kind: 'pdf', pages: 2 });
    expect(new TextDecoder().decode(taken.documents[0]?.bytes)).toBe('pdf bytes');
    expect(staged.forSend([taken.documents[0]!.token])[0]?.name).toBe('referral.pdf');
    expect(taken.problems).toEqual(['notes.txt was not added: Faxdesk can fax PDF, TIFF, PNG and JPEG files.']);

    expect(await handed.take(staged, inspect)).toEqual({ documents: [], problems: [] });
  });

  it('says so when a file vanished before it was taken', async () => {
    const handed = new HandedFiles(() => undefined);
    handed.hand([join(folder, 'gone.pdf')]);
    const taken = await handed.take(new StagedDocuments(), inspect);
    expect(taken.problems).toEqual(['gone.pdf was not added: Faxdesk could not read it.']);
  });
});
