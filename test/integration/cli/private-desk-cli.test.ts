/**
 * The command line keeps a desk as private as the app does: `faxdesk send --wait` into a data
 * folder that did not exist, under the usual umask, leaves every folder 0700 and every file
 * 0600, and deletes the fax's upload from Telnyx media storage before it exits.
 */
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { textPdf } from '../../support/pdf-samples';
import { runFaxdesk } from '../../support/run-cli';

let telnyx: Sandbox;
let base: string;
let umask: number;

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  base = await mkdtemp(join(tmpdir(), 'faxdesk-private-cli-'));
  // The child inherits it: the usual default, under which files come out 0644 unless made private.
  umask = process.umask(0o022);
});

afterAll(async () => {
  process.umask(umask);
  await telnyx.close();
  await rm(base, { recursive: true, force: true });
});

async function modes(root: string, found: string[] = []): Promise<string[]> {
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    const mode = (await stat(path)).mode & 0o777;
    found.push(
      `${relative(base, path).replace(/[0-9a-f]{64}/, 'HASH')} ${entry.isDirectory() ? 'd' : 'f'}${mode.toString(8)}`,
    );
    if (entry.isDirectory()) await modes(path, found);
  }
  return found;
}

describe.runIf(process.platform !== 'win32')('faxdesk on a shared computer', () => {
  it('sends from a private data folder and deletes the upload before exiting', { timeout: 40_000 }, async () => {
    const home = join(base, 'desk');
    const pdf = join(base, 'patient-record.pdf');
    await writeFile(pdf, await textPdf(1));
    const env = {
      ...process.env,
      FAXDESK_HOME: home,
      FAXDESK_API_BASE: telnyx.baseUrl,
      TELNYX_API_KEY: SANDBOX_KEYS.accepted,
    };
    expect((await runFaxdesk(['account', '--from', '+12025550180'], env)).code).toBe(0);
    const sent = await runFaxdesk(['send', pdf, '--to', '+12025550100', '--wait'], env, 30_000);
    expect(sent.code).toBe(0);

    const found = await modes(home);
    expect(found).toEqual(
      expect.arrayContaining([
        'desk/faxdesk.db f600',
        'desk/settings.json f600',
        'desk/documents d700',
        expect.stringMatching(/^desk\/documents\/[0-9a-f]{2} d700$/),
        expect.stringMatching(/^desk\/documents\/[0-9a-f]{2}\/HASH\.pdf f600$/),
      ]),
    );
    expect(found.filter((entry) => !/ (d700|f600)$/.test(entry))).toEqual([]);
    expect(((await stat(home)).mode & 0o777).toString(8)).toBe('700');

    const [fax] = telnyx.faxes();
    expect(fax?.status).toBe('delivered');
    const media = await fetch(`${telnyx.baseUrl}/media/${fax?.media_name ?? ''}`, {
      headers: { Authorization: `Bearer ${SANDBOX_KEYS.accepted}` },
    });
    expect(media.status).toBe(404);
  });
});
