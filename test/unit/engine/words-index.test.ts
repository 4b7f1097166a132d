/**
 * The words on each document (store/document-text.ts), read by the text worker
 * (inbox/text-indexer.ts) with a fake reader: every document waits for its words, old ones
 * included; the history and the inbox both find a fax by the words on its pages; and the inbox
 * says which of a search's words a fax contains.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TextIndexer, type ReadText } from '../../../main/engine/inbox/text-indexer';
import { openDatabase, type Db } from '../../../main/engine/store/database';
import { DocumentArchive } from '../../../main/engine/store/document-archive';
import { DocumentText } from '../../../main/engine/store/document-text';
import { JobStore } from '../../../main/engine/store/job-store';
import { migrations } from '../../../main/engine/store/migrations';
import { ReceivedList } from '../../../main/engine/store/received-list';
import { ReceivedTable } from '../../../main/engine/store/received-table';
import { newJob } from '../../support/new-job';

let dir: string;
let db: Db;
let store: JobStore;
let text: DocumentText;
let archive: DocumentArchive;

/** A document whose file holds its words, so the fake reader can give them back. */
function addDocument(words: string): number {
  const sha256 = Buffer.from(words).toString('hex').padEnd(64, '0').slice(0, 64);
  const path = archive.put(Buffer.from(words), sha256);
  return store.addDocument({ sha256, path, pages: 1, bytes: words.length, sourceNames: ['a.pdf'] });
}

const fakeReader: ReadText = (file) => {
  const words = Buffer.from(file.bytes).toString('utf8');
  if (words === 'unreadable') return Promise.reject(new Error('The reader gave up.'));
  return Promise.resolve([{ page: 1, text: words, source: 'ocr' }]);
};

function indexer(indexed: number[] = []) {
  return new TextIndexer({
    text,
    archive,
    readText: fakeReader,
    log: () => undefined,
    indexed: (id) => indexed.push(id),
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-words-'));
  db = openDatabase(join(dir, 'faxdesk.db'));
  store = new JobStore(db, () => 1);
  text = new DocumentText(db, () => 1);
  archive = new DocumentArchive(dir);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the words index', () => {
  it('puts the documents kept before it existed in line for their words', () => {
    const path = join(dir, 'older.db');
    const older = new Database(path);
    for (const step of migrations.slice(0, 6)) older.exec(step);
    older.pragma('user_version = 6');
    older
      .prepare('INSERT INTO documents (sha256, path, pages, bytes, source_names, created_at) VALUES (?, ?, 1, 1, ?, 1)')
      .run('a'.repeat(64), 'documents/aa/a.pdf', '[]');
    older.close();
    const upgraded = openDatabase(path);
    expect(new DocumentText(upgraded, () => 1).pending(10)).toEqual([{ documentId: 1, path: 'documents/aa/a.pdf' }]);
    upgraded.close();
  });

  it('gives every new document a pending row and reads them one at a time', async () => {
    const first = addDocument('Invoice 4471 from Acme');
    const second = addDocument('unreadable');
    expect(text.pending(10).map((d) => d.documentId)).toEqual([second, first]);
    const indexed: number[] = [];
    await indexer(indexed).run();
    expect(indexed).toEqual([second, first]);
    expect(text.state(first)).toBe('done');
    expect(text.state(second)).toBe('failed');
    expect(text.pending(10)).toEqual([]);
  });

  it('finds sent faxes by the words on their document, and by their own fields as before', async () => {
    const invoice = addDocument('Invoice 4471 for the clinic');
    const letter = addDocument('A letter about lunch');
    const [byWords] = store.createJobs([newJob(invoice, { subject: 'Monthly' })]);
    const [bySubject] = store.createJobs([newJob(letter, { subject: 'Invoice reminder' })]);
    await indexer().run();
    const found = store.list({ search: 'invoice', limit: 10 }).map((job) => job.id);
    expect(found).toEqual([bySubject?.id, byWords?.id]);
    expect(store.count({ search: 'invoice' })).toBe(2);
    expect(store.list({ search: 'invoice 4471', limit: 10 }).map((job) => job.id)).toEqual([byWords?.id]);
    expect(store.count({ search: 'lunch', status: ['waiting'] })).toBe(1);
  });

  it('finds received faxes by their words and says which words matched', async () => {
    const table = new ReceivedTable(db, () => 1);
    const fax = table.add(
      {
        telnyxFaxId: 't-1',
        from: '+13125550199',
        to: '+12025550180',
        callerId: null,
        connectionId: null,
        status: 'received',
        failureReason: null,
        pages: 1,
        callDurationSecs: null,
        partial: false,
        receivedAt: 1,
        archiveState: 'downloading',
        nextDownloadAt: 1,
        nextCheckAt: null,
        sandbox: false,
      },
      'Received.',
    );
    const documentId = addDocument('Invoice 4471 for the clinic');
    table.update(fax?.id ?? '', { archiveState: 'archived', documentId });
    expect(table.require(fax?.id ?? '').textIndexed).toBe(false);
    await indexer().run();
    expect(table.require(fax?.id ?? '').textIndexed).toBe(true);
    const inbox = new ReceivedList(db);
    expect(inbox.list({ search: 'invoice 4471', limit: 10 }).map((f) => f.id)).toEqual([fax?.id]);
    expect(inbox.list({ search: '555 0199', limit: 10 }).map((f) => f.id)).toEqual([fax?.id]);
    expect(inbox.count({ search: 'lunch' })).toBe(0);
    expect(text.matchedWords(documentId, 'invoice 4471 lunch')).toEqual(['invoice', '4471']);
  });

  it('forgets a document’s words when the document goes', async () => {
    const documentId = addDocument('Invoice 4471');
    const [job] = store.createJobs([newJob(documentId)]);
    await indexer().run();
    store.updateJob(job?.id ?? '', { status: 'delivered' });
    store.deleteJob(job?.id ?? '');
    expect(db.prepare('SELECT COUNT(*) FROM document_words').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM document_text').pluck().get()).toBe(0);
  });
});
