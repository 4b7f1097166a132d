/**
 * Files staged for a send: held under random tokens, within a byte and a count limit, let go when
 * released or when their time is up, and handed to a send in the order named.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StagedDocuments, STAGING_LIMITS } from '../../../main/app/staged-documents';
import { FaxdeskError } from '../../../main/engine/errors';

const MB = 1024 * 1024;
const pdf = () => Promise.resolve({ kind: 'pdf' as const, pages: 1 });
const file = (name: string, bytes = 10) => ({ name, bytes: new Uint8Array(bytes) });

afterEach(() => vi.useRealTimers());

describe('StagedDocuments', () => {
  it('holds a checked file under an unguessable token and gives it back for a send', async () => {
    const staged = new StagedDocuments();
    const a = await staged.stage(file('a.pdf'), pdf);
    const b = await staged.stage(file('b.pdf'), pdf);
    expect(a).toMatchObject({ kind: 'pdf', pages: 1 });
    expect(a.token).toMatch(/^[\w-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(staged.forSend([b.token, a.token]).map((f) => f.name)).toEqual(['b.pdf', 'a.pdf']);
  });

  it('holds nothing when the file cannot be faxed', async () => {
    const staged = new StagedDocuments({ ...STAGING_LIMITS, documents: 1 });
    const refused = () => Promise.reject(new FaxdeskError('invalid_document', 'notes.pdf is not a PDF.'));
    await expect(staged.stage(file('notes.pdf'), refused)).rejects.toMatchObject({ code: 'invalid_document' });
    await expect(staged.stage(file('a.pdf'), pdf)).resolves.toMatchObject({ pages: 1 });
  });

  it('refuses as busy, before reading, past the byte or the count limit', async () => {
    const staged = new StagedDocuments({ bytes: 25, documents: 2, ms: 60_000 });
    const inspect = vi.fn(pdf);
    await staged.stage(file('a.pdf', 20), inspect);
    await expect(staged.stage(file('b.pdf', 10), inspect)).rejects.toMatchObject({ code: 'busy' });
    await staged.stage(file('c.pdf', 5), inspect);
    await expect(staged.stage(file('d.pdf', 0), inspect)).rejects.toMatchObject({ code: 'busy' });
    expect(inspect).toHaveBeenCalledTimes(2);
  });

  it('makes room again when files are released; a released token no longer names a file', async () => {
    const staged = new StagedDocuments({ bytes: 20, documents: 10, ms: 60_000 });
    const a = await staged.stage(file('a.pdf', 20), pdf);
    staged.release([a.token, 'never-given']);
    expect(() => staged.forSend([a.token])).toThrow(/no longer held/);
    await expect(staged.stage(file('b.pdf', 20), pdf)).resolves.toMatchObject({ pages: 1 });
  });

  it('lets a file go when its time is up', async () => {
    vi.useFakeTimers();
    const staged = new StagedDocuments({ bytes: MB, documents: 10, ms: 1000 });
    const a = await staged.stage(file('a.pdf'), pdf);
    vi.advanceTimersByTime(999);
    expect(staged.forSend([a.token])).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(() => staged.forSend([a.token])).toThrow(FaxdeskError);
  });

  it('refuses a send of more than 100 MB together', async () => {
    const staged = new StagedDocuments();
    const a = await staged.stage(file('a.pdf', 50 * MB), pdf);
    const b = await staged.stage(file('b.pdf', 50 * MB), pdf);
    expect(staged.forSend([a.token, b.token])).toHaveLength(2);
    const c = await staged.stage(file('c.pdf', 1), pdf);
    expect(() => staged.forSend([a.token, b.token, c.token])).toThrow(/larger than 100 MB together/);
  });
});
