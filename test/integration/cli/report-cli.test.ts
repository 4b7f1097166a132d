/**
 * `faxdesk report FAX -o FILE` as a script would use it: the built `faxdesk` against the
 * sandbox. A sent and a received fax's reports are written by id or prefix, read back with
 * pdf.js, the same bytes whatever TZ the command runs under, and never over an existing file.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { textPdf } from '../../support/pdf-samples';
import { reportText } from '../../support/report-text';
import { runFaxdesk } from '../../support/run-cli';

let telnyx: Sandbox;
let home: string;

const env = (extra: NodeJS.ProcessEnv = {}) => ({
  ...process.env,
  FAXDESK_HOME: home,
  FAXDESK_API_BASE: telnyx.baseUrl,
  TELNYX_API_KEY: SANDBOX_KEYS.accepted,
  ...extra,
});

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  home = await mkdtemp(join(tmpdir(), 'faxdesk-report-cli-'));
  expect((await runFaxdesk(['account', '--from', '+12025550180'], env())).code).toBe(0);
});

afterAll(async () => {
  await telnyx.close();
  await rm(home, { recursive: true, force: true });
});

describe('faxdesk report', () => {
  it('writes a sent fax’s transmission report, the same bytes in any time zone', async () => {
    const pdf = join(home, 'letter.pdf');
    await writeFile(pdf, await textPdf(1));
    const sent = await runFaxdesk(['send', pdf, '--to', '+13125550100', '--wait', '--json'], env(), 60_000);
    expect(sent.code).toBe(0);
    const [job] = JSON.parse(sent.stdout) as Array<{ id: string; telnyxFaxId: string }>;
    if (!job) throw new Error('nothing sent');

    const here = join(home, 'report-here.pdf');
    const tokyo = join(home, 'report-tokyo.pdf');
    const written = await runFaxdesk(['report', job.id.slice(0, 8), '-o', here], env({ TZ: 'America/Chicago' }));
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(`Saved ${here}`);
    expect((await runFaxdesk(['report', job.id, '-o', tokyo], env({ TZ: 'Asia/Tokyo' }))).code).toBe(0);
    const bytes = await readFile(here);
    expect(bytes.equals(await readFile(tokyo))).toBe(true);

    const { text } = await reportText(bytes);
    for (const field of ['Fax transmission report', 'OK', job.id, job.telnyxFaxId, '+1 312 555 0100']) {
      expect(text).toContain(field);
    }

    const again = await runFaxdesk(['report', job.id, '-o', here], env());
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; nothing was written');
  }, 120_000);

  it('writes a received fax’s reception report', async () => {
    await telnyx.injectInbound({ from: '+13125550111', to: '+12025550180', pages: 1 });
    let received: Array<{ id: string; from: string; archived: boolean }> = [];
    for (let tries = 0; tries < 20 && !received.some((fax) => fax.from === '+13125550111' && fax.archived); tries++) {
      expect((await runFaxdesk(['sync'], env(), 30_000)).code).toBe(0);
      received = JSON.parse((await runFaxdesk(['inbox', '--json'], env())).stdout) as typeof received;
    }
    const fax = received.find((f) => f.from === '+13125550111');
    if (!fax) throw new Error('nothing received');
    const target = join(home, 'reception.pdf');
    expect((await runFaxdesk(['report', fax.id, '-o', target], env())).code).toBe(0);
    const { text } = await reportText(await readFile(target));
    expect(text).toContain('Fax reception report');
    expect(text).toContain(fax.id);
  }, 120_000);

  it('says what it does, and what it needs', async () => {
    expect((await runFaxdesk(['report', '--help'], env())).stdout).toContain('faxdesk report FAX -o FILE');
    expect((await runFaxdesk(['--help'], env())).stdout).toMatch(/\n {2}report /);
    const missing = await runFaxdesk(['report', 'ffffffff'], env());
    expect(missing.code).toBe(2);
  }, 60_000);
});
