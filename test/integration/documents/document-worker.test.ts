/**
 * Reading documents in a worker thread: the built worker gives exactly what the in-process
 * code gives, a stuck or greedy file is stopped at its limit with a plain message, and a
 * worker that cannot start at all falls back to in-process reading.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_WORKER_LIMITS, inlineProcessor, workerProcessor } from '../../../main/engine/documents/processor';
import { textPdf } from '../../support/pdf-samples';

const root = resolve(import.meta.dirname, '../../..');
const builtWorker = pathToFileURL(resolve(root, 'out/cli/document-worker.js'));
const testWorker = (name: string) => pathToFileURL(resolve(root, 'test/support/workers', name));

describe('the built document worker', () => {
  it('exists: `npm test` builds before it runs these tests (run `npm run build` first otherwise)', () => {
    expect(existsSync(builtWorker), `${builtWorker.pathname} is missing`).toBe(true);
  });

  it('inspects and prepares exactly as the in-process code does', async () => {
    const log = vi.fn();
    const worker = workerProcessor(builtWorker, log);
    const inline = inlineProcessor();
    const file = { name: 'letter.pdf', bytes: await textPdf(3) };
    await expect(worker.inspect(file)).resolves.toEqual({ kind: 'pdf', pages: 3 });

    const cover = {
      to: { name: 'Northside Clinic', number: '+12025550100' },
      from: { number: '+12025550180' },
      subject: 'Referral',
      date: new Date(Date.UTC(2026, 10, 27, 10, 42)),
      confidentialityNotice: null,
    };
    const options = { paper: 'letter' as const, cover };
    const [inWorker, inProcess] = await Promise.all([worker.prepare([file], options), inline.prepare([file], options)]);
    expect(inWorker.pages).toBe(4);
    expect(inWorker.sha256).toBe(inProcess.sha256);
    expect(Buffer.from(inWorker.pdf).equals(Buffer.from(inProcess.pdf))).toBe(true);
    expect(log).not.toHaveBeenCalled();
  });

  it('refuses a damaged file with the same words as in-process', async () => {
    const damaged = { name: 'scan.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog') };
    const fromWorker = await workerProcessor(builtWorker, vi.fn())
      .inspect(damaged)
      .catch((error: unknown) => error);
    const inProcess = await inlineProcessor()
      .inspect(damaged)
      .catch((error: unknown) => error);
    expect(fromWorker).toMatchObject({ name: 'DocumentError', message: (inProcess as Error).message });
    expect((fromWorker as Error).message).toMatch(/^scan\.pdf /);
  });
});

describe('limits', () => {
  const file = { name: 'hostile.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) };

  it('stops a file that takes too long, and says so', async () => {
    const limits = { ...DEFAULT_WORKER_LIMITS, inspectMs: 500 };
    const started = Date.now();
    await expect(workerProcessor(testWorker('stuck-worker.mjs'), vi.fn(), limits).inspect(file)).rejects.toMatchObject({
      code: 'too_complex',
      message: expect.stringMatching(/^hostile\.pdf took too long to read, so Faxdesk stopped; it may be damaged/),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops a file that takes too much memory, and says so', async () => {
    const limits = { ...DEFAULT_WORKER_LIMITS, memoryMb: 32 };
    await expect(
      workerProcessor(testWorker('hungry-worker.mjs'), vi.fn(), limits).prepare([file, file], { paper: 'a4' }),
    ).rejects.toMatchObject({
      code: 'too_complex',
      message: expect.stringMatching(/^These files needed more memory than Faxdesk allows; one of them may be/),
    });
  });

  it('says in plain words when the reader dies on a file, and reads the next one with a fresh worker', async () => {
    const processor = workerProcessor(testWorker('crashing-worker.mjs'), vi.fn());
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(processor.inspect(file)).rejects.toMatchObject({
        code: 'too_complex',
        message: expect.stringMatching(/^hostile\.pdf made Faxdesk’s document reader fail; it may be damaged/),
      });
    }
  });

  it('reads in-process, and says so once, when the worker cannot start', async () => {
    const log = vi.fn();
    const processor = workerProcessor(testWorker('no-such-worker.mjs'), log);
    const letter = { name: 'letter.pdf', bytes: await textPdf(2) };
    await expect(processor.inspect(letter)).resolves.toEqual({ kind: 'pdf', pages: 2 });
    await expect(processor.inspect(letter)).resolves.toEqual({ kind: 'pdf', pages: 2 });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/could not start/);
  });
});
