/**
 * Sending from the command line, as a script would: the built `faxdesk` against the sandbox,
 * with TELNYX_API_KEY and FAXDESK_API_BASE, checking output, --json fields and exit codes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { textPdf } from '../../support/pdf-samples';
import { runFaxdesk } from '../../support/run-cli';

let telnyx: Sandbox;
let home: string;
let pdf: string;

const env = (extra: NodeJS.ProcessEnv = {}) => ({
  ...process.env,
  FAXDESK_HOME: home,
  FAXDESK_API_BASE: telnyx.baseUrl,
  TELNYX_API_KEY: SANDBOX_KEYS.accepted,
  ...extra,
});

interface JobJson {
  id: string;
  to: string;
  status: string;
  telnyxStatus: string | null;
  telnyxFaxId: string | null;
  pages: number;
  attempts: number;
  failureReason: string | null;
  createdAt: string;
  updatedAt: string;
  lastConfirmedAt: string | null;
}

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  home = await mkdtemp(join(tmpdir(), 'faxdesk-send-cli-'));
  pdf = join(home, 'letter.pdf');
  await writeFile(pdf, await textPdf(2));
  const chosen = await runFaxdesk(['account', '--from', '+12025550180'], env());
  expect(chosen.code).toBe(0);
});

afterAll(async () => {
  await telnyx.close();
  await rm(home, { recursive: true, force: true });
});

describe('faxdesk send', () => {
  it('--wait sends to every number and reports each job as JSON', async () => {
    const result = await runFaxdesk(
      [
        'send',
        pdf,
        '--to',
        '(312) 555-0100',
        '--to',
        '+13125550101',
        '--cover',
        '--subject',
        'Hello',
        '--wait',
        '--json',
      ],
      env(),
      60_000,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const jobs = JSON.parse(result.stdout) as JobJson[];
    expect(jobs.map((j) => [j.to, j.status, j.pages])).toEqual([
      ['+13125550100', 'delivered', 3],
      ['+13125550101', 'delivered', 3],
    ]);
    for (const job of jobs) {
      expect(Object.keys(job)).toEqual(
        expect.arrayContaining([
          'id',
          'to',
          'status',
          'telnyxStatus',
          'telnyxFaxId',
          'pages',
          'attempts',
          'failureReason',
          'createdAt',
          'updatedAt',
          'lastConfirmedAt',
        ]),
      );
      expect(job.telnyxFaxId).toMatch(/^[0-9a-f-]{36}$/);
      expect(job.lastConfirmedAt).not.toBeNull();
    }
  });

  it('--wait exits 1 when a fax does not deliver, naming the reason', async () => {
    const result = await runFaxdesk(['send', pdf, '--to', '+12025550103', '--wait'], env(), 60_000);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/failed — This number is not in service\./);
  });

  it('refuses a bad number before anything is queued', async () => {
    const before = await runFaxdesk(['list', '--json'], env());
    const result = await runFaxdesk(['send', pdf, '--to', '+13125550100', '--to', '555-01'], env());
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^faxdesk: "555-01" is not a valid fax number\./);
    const after = await runFaxdesk(['list', '--json'], env());
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
  });

  it('refuses a file that is not a PDF or image, naming it', async () => {
    const fake = join(home, 'minutes.pdf');
    await writeFile(fake, 'Meeting minutes, typed in a text editor.');
    const result = await runFaxdesk(['send', fake, '--to', '+13125550100'], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('minutes.pdf');
    const missing = await runFaxdesk(['send', join(home, 'nope.pdf'), '--to', '+13125550100'], env());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });

  it('queues when Telnyx is unreachable, says so, and exits 0; sync sends it later', async () => {
    const offline = env({ FAXDESK_API_BASE: 'http://127.0.0.1:9/v2' });
    const queued = await runFaxdesk(['send', pdf, '--to', '+13125550102', '--json'], offline);
    expect(queued.code).toBe(0);
    const [job] = JSON.parse(queued.stdout) as JobJson[];
    expect(job).toMatchObject({ status: 'waiting' });
    const said = await runFaxdesk(['send', pdf, '--to', '+13125550103'], offline);
    expect(said.code).toBe(0);
    expect(said.stderr).toContain('No connection to Telnyx: the faxes wait in the outbox');

    // Back online: sync sends what waited, and status follows it to delivered.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const deadline = Date.now() + 30_000;
    let status: JobJson | null = null;
    while (Date.now() < deadline) {
      await runFaxdesk(['sync'], env());
      status = JSON.parse((await runFaxdesk(['status', job?.id.slice(0, 8) ?? '', '--json'], env())).stdout) as JobJson;
      if (status.status === 'delivered') break;
    }
    expect(status?.status).toBe('delivered');
  });

  it('lists and searches the history, cancels a scheduled fax and sends it again', async () => {
    const scheduled = await runFaxdesk(['send', pdf, '--to', '+13125550199', '--at', '23:59', '--json'], env());
    expect(scheduled.code).toBe(0);
    const [job] = JSON.parse(scheduled.stdout) as JobJson[];
    expect(job?.status).toBe('waiting');

    const found = await runFaxdesk(['list', '--search', '555 0199', '--json'], env());
    expect((JSON.parse(found.stdout) as JobJson[]).map((j) => j.id)).toEqual([job?.id]);
    const waiting = await runFaxdesk(['list', '--status', 'waiting'], env());
    expect(waiting.stdout).toContain(job?.id.slice(0, 8));

    const cancelled = await runFaxdesk(['cancel', job?.id ?? ''], env());
    expect(cancelled.code).toBe(0);
    expect(cancelled.stdout).toContain('cancelled');
    const again = await runFaxdesk(['cancel', job?.id ?? ''], env());
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already cancelled');

    const resent = await runFaxdesk(['resend', job?.id.slice(0, 8) ?? ''], env());
    expect(resent.code).toBe(0);
    expect(resent.stdout).toMatch(/sending|delivered|submitting/);
  });

  it('deletes a finished fax from the history, and refuses one that may still go out', async () => {
    const scheduled = await runFaxdesk(['send', pdf, '--to', '+13125550198', '--at', '23:59', '--json'], env());
    const [job] = JSON.parse(scheduled.stdout) as JobJson[];
    const id = job?.id.slice(0, 8) ?? '';

    const refused = await runFaxdesk(['delete', id], env());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('still waiting to be sent. Cancel it first, then delete it.');

    expect((await runFaxdesk(['cancel', id], env())).code).toBe(0);
    const deleted = await runFaxdesk(['delete', id], env());
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toBe(`Deleted ${id} (to +13125550198) from history.\n`);
    const after = await runFaxdesk(['list', '--search', '555 0198', '--json'], env());
    expect(JSON.parse(after.stdout)).toEqual([]);
  });

  it('explains usage mistakes with exit code 2', async () => {
    for (const args of [
      ['send', pdf],
      ['send', '--to', '+13125550100'],
      ['send', pdf, '--to', '+13125550100', '--quality', 'best'],
      ['status'],
      ['list', '--status', 'lost'],
    ]) {
      const result = await runFaxdesk(args, env());
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^faxdesk: .+\n$/);
    }
  });
});
