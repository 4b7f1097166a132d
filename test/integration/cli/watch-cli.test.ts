/**
 * `faxdesk watch` as an office would run it, headless: the built binary against the sandbox,
 * watching a real folder. A file named with a fax number is queued, sent and followed to
 * delivered and moved to sent/; any other file goes to failed/ with a note; Ctrl+C stops it
 * cleanly, and a second run does not take a file twice.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { textPdf } from '../../support/pdf-samples';
import { cliPath, runFaxdesk } from '../../support/run-cli';

let telnyx: Sandbox;
let home: string;
let folder: string;

const env = () => ({
  ...process.env,
  FAXDESK_HOME: home,
  FAXDESK_API_BASE: telnyx.baseUrl,
  TELNYX_API_KEY: SANDBOX_KEYS.accepted,
});

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  home = await mkdtemp(join(tmpdir(), 'faxdesk-watch-cli-'));
  folder = join(home, 'Outbox');
  expect((await runFaxdesk(['account', '--from', '+12025550180'], env())).code).toBe(0);
});

afterAll(async () => {
  await telnyx.close();
  await rm(home, { recursive: true, force: true });
});

/** Starts `faxdesk watch FOLDER` and collects what it prints. */
function startWatch(): { child: ChildProcessWithoutNullStreams; output: () => string } {
  const child = spawn(process.execPath, [cliPath, 'watch', folder], { env: env(), stdio: 'pipe' });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function until(check: () => boolean, what: string, output: () => string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('close', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

const listed = (sub: string) => (existsSync(join(folder, sub)) ? readdirSync(join(folder, sub)).sort() : []);

describe('faxdesk watch', () => {
  it('sends a file named with a number, refuses any other in words, and stops cleanly on Ctrl+C', async () => {
    const { child, output } = startWatch();
    await until(() => output().includes('Watching'), 'it watches', output);
    expect(output()).toContain(`Watching ${folder} for files to fax.`);

    const pdf = await textPdf(1);
    await writeFile(join(home, 'printed.pdf'), pdf);
    await rename(join(home, 'printed.pdf'), join(folder, 'to (312) 555-0100.pdf'));
    await writeFile(join(folder, 'letter.pdf'), pdf);

    await until(() => /\+13125550100 .*delivered/.test(output()), 'the fax is delivered', output);
    expect(output()).toMatch(/Queued to \(312\) 555-0100\.pdf: \w{8} .*\+13125550100/);
    await until(() => listed('failed').length === 2, 'letter.pdf is in failed/', output);
    expect(listed('sent')).toEqual(['to (312) 555-0100.pdf']);
    expect(listed('failed')).toEqual(['letter.pdf', 'letter.pdf.txt']);
    expect(readFileSync(join(folder, 'failed', 'letter.pdf.txt'), 'utf8')).toContain(
      'The name "letter.pdf" holds no fax number',
    );
    expect(output()).toContain('Not sent: letter.pdf');

    expect(await stop(child)).toBe(0);
    expect(output()).toContain('Stopped watching.');

    const history = await runFaxdesk(['list', '--json'], env());
    const jobs = JSON.parse(history.stdout) as Array<{ to: string; status: string }>;
    expect(jobs.map((job) => [job.to, job.status])).toEqual([['+13125550100', 'delivered']]);
  }, 60_000);

  it('does not take a file twice across runs', async () => {
    // The same file put back where it was, as a restore from a backup would.
    const sent = join(folder, 'sent', 'to (312) 555-0100.pdf');
    await rename(sent, join(folder, 'to (312) 555-0100.pdf'));
    const { child, output } = startWatch();
    await until(() => listed('failed').includes('to (312) 555-0100.pdf.txt'), 'it is moved out', output);
    expect(await stop(child)).toBe(0);
    const history = await runFaxdesk(['list', '--json'], env());
    expect(JSON.parse(history.stdout)).toHaveLength(1);
  }, 60_000);
});
