/**
 * documents:preview, through the real handlers and engine: the document a send would make for
 * its first recipient, cover page included, made the way the send makes it — and nothing queued,
 * archived or sent for it.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_FAX_APP_ID, SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import type { Result } from '../../../preload/contract';
import { openIpcDesk, type IpcDesk } from '../../support/ipc-desk';
import { textPdf } from '../../support/pdf-samples';

let telnyx: Sandbox;
let desk: IpcDesk;
let token = '';

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  desk = await openIpcDesk({ apiBase: telnyx.baseUrl, apiKey: SANDBOX_KEYS.accepted });
  await desk.engine.outbox.stop();
  desk.engine.settings.update({
    connectionId: SANDBOX_FAX_APP_ID,
    fromNumber: '+12025550180',
    senderName: 'Front desk',
  });
  const staged = await desk.invoke('documents:stage', { name: 'letter.pdf', bytes: await textPdf(2) });
  token = (value(staged) as { token: string }).token;
}, 60_000);

afterAll(async () => {
  await desk?.close();
  await telnyx?.close();
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}

async function archived(): Promise<string[]> {
  return [...(await readdir(join(desk.dataDir, 'documents'), { recursive: true }).catch(() => []))];
}

describe('documents:preview', () => {
  it('answers with the prepared PDF, cover page in front, and queues nothing', async () => {
    const before = await archived();
    const preview = value(
      await desk.invoke('documents:preview', {
        documents: [token],
        recipient: { number: '(312) 555-0100', name: 'Dr. Alvarez' },
        cover: { subject: 'Lab results', message: null },
      }),
    ) as Uint8Array;
    expect(preview).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(preview.subarray(0, 5))).toBe('%PDF-');
    expect(await pageCount(preview)).toBe(3);
    expect(desk.engine.jobs.list().total).toBe(0);
    expect(await archived()).toEqual(before);
    expect(telnyx.faxes()).toHaveLength(0);
  });

  it('without a cover page, is byte for byte the document the send then archives and faxes', async () => {
    const preview = value(await desk.invoke('documents:preview', { documents: [token] })) as Uint8Array;
    expect(await pageCount(preview)).toBe(2);
    const [job] = value(
      await desk.invoke('jobs:create', { documents: [token], recipients: [{ number: '+13125550100' }] }),
    ) as Array<{ id: string }>;
    const path = desk.engine.jobs.documentPath(job?.id ?? '');
    const { readFile } = await import('node:fs/promises');
    expect(new Uint8Array(await readFile(path ?? ''))).toEqual(preview);
  });

  it('refuses in words a token no longer held, and a number that is not one, with nothing made', async () => {
    const gone = await desk.invoke('documents:preview', { documents: [token] });
    expect(gone).toMatchObject({ ok: false, error: { code: 'invalid_document' } });
    const staged = await desk.invoke('documents:stage', { name: 'memo.pdf', bytes: await textPdf(1) });
    const memo = (value(staged) as { token: string }).token;
    const bad = await desk.invoke('documents:preview', {
      documents: [memo],
      recipient: { number: 'not a number' },
      cover: {},
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_number' } });
    const strange = await desk.invoke('documents:preview', { documents: [memo], recipients: [] });
    expect(strange).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(desk.unexpected).toEqual([]);
  });
});
