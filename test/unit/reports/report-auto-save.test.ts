/** The auto-save's rules: only faxes that ended, once per fax, never over a file that is there. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ReportAutoSave } from '../../../main/engine/reports/report-auto-save';
import type { ReceivedFax } from '../../../main/engine/inbox/inbox-api';
import type { JobRecord } from '../../../main/engine/store/job-records';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'faxdesk-auto-save-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const job = (status: JobRecord['status']) => ({ id: 'job-1', status }) as JobRecord;
const received = (patch: Partial<ReceivedFax>) =>
  ({ id: 'fax-1', status: 'received', archiveState: 'archived', ...patch }) as ReceivedFax;

function autoSave(log = vi.fn()) {
  const make = vi.fn((id: string) =>
    Promise.resolve({
      direction: 'sent' as const,
      pdf: new TextEncoder().encode(`report ${id}`),
      fileName: `${id}.pdf`,
    }),
  );
  return { saver: new ReportAutoSave({ folder: () => folder, make, log }), make, log };
}

it('saves a sent fax’s report once it is final, once however often it is announced', async () => {
  const { saver, make } = autoSave();
  saver.sentChanged(job('sending'));
  saver.sentChanged(job('delivered'));
  saver.sentChanged(job('delivered'));
  await saver.idle();
  expect(make).toHaveBeenCalledTimes(1);
  expect(await readdir(folder)).toEqual(['job-1.pdf']);
});

it('saves a received fax’s report once it is archived, or failed', async () => {
  const { saver, make } = autoSave();
  saver.receivedChanged(received({ archiveState: 'downloading' }));
  saver.receivedChanged(received({ status: 'receiving', archiveState: 'awaiting' }));
  await saver.idle();
  expect(make).not.toHaveBeenCalled();
  saver.receivedChanged(received({}));
  await saver.idle();
  expect(await readdir(folder)).toEqual(['fax-1.pdf']);
});

it('never writes over a file that is there (a report saved before a restart)', async () => {
  await writeFile(join(folder, 'job-1.pdf'), 'kept');
  const { saver, log } = autoSave();
  saver.sentChanged(job('failed'));
  await saver.idle();
  expect(await readFile(join(folder, 'job-1.pdf'), 'utf8')).toBe('kept');
  expect(log).not.toHaveBeenCalled();
});
