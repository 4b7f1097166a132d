/**
 * The built `faxdesk send` at a real terminal: a pseudo-terminal from util-linux `script`, so
 * stdin is a TTY and the question is asked and answered the way a person would. Where `script`
 * is not there (macOS and Windows have no util-linux), this file says so and skips; the same
 * question and answers are covered in-process by send-confirm-cli.test.ts everywhere.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { textPdf } from '../../support/pdf-samples';
import { cliPath, runFaxdesk } from '../../support/run-cli';

const SCRIPT = '/usr/bin/script';
const haveTerminal = process.platform === 'linux' && existsSync(SCRIPT);
if (!haveTerminal) console.warn('send-confirm-tty: no util-linux `script` here, so no pseudo-terminal: skipped.');

let telnyx: Sandbox;
let home: string;
let pdf: string;

const env = () => ({
  ...process.env,
  FAXDESK_HOME: home,
  FAXDESK_API_BASE: telnyx.baseUrl,
  TELNYX_API_KEY: SANDBOX_KEYS.accepted,
  FAXDESK_KEYCHAIN_SERVICE: 'Faxdesk-test-send-confirm-tty',
});

/** Runs faxdesk ARGS at a pseudo-terminal and types `answer` when the question appears. */
function atTerminal(args: string[], answer: string): Promise<{ code: number | null; screen: string }> {
  const quoted = [process.execPath, cliPath, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  return new Promise((done, fail) => {
    const child = spawn(SCRIPT, ['-qfec', quoted, '/dev/null'], { env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    let answered = false;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      if (!answered && screen.includes('anything else not to: ')) {
        answered = true;
        child.stdin.write(`${answer}\r`);
      }
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`faxdesk did not finish at the terminal:\n${screen}`));
    }, 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.end();
      done({ code, screen });
    });
  });
}

function tomorrow(): string {
  const at = new Date(Date.now() + 24 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T09:30`;
}

const thirty = (from: number) => Array.from({ length: 30 }, (_, i) => ['--to', `+1312555${String(from + i)}`]).flat();

describe.skipIf(!haveTerminal)('faxdesk send at a terminal', () => {
  beforeAll(async () => {
    telnyx = await startSandbox({ stepMs: 20 });
    home = await mkdtemp(join(tmpdir(), 'faxdesk-tty-'));
    pdf = join(home, 'letter.pdf');
    await writeFile(pdf, await textPdf(1));
    expect((await runFaxdesk(['account', '--from', '+12025550180'], env())).code).toBe(0);
  });
  afterAll(async () => {
    await telnyx?.close();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('asks before 30 faxes and queues them on "yes"', async () => {
    const { code, screen } = await atTerminal(['send', pdf, ...thirty(4000), '--at', tomorrow()], 'yes');
    expect(screen).toContain('Queue 30 faxes? This would queue 30 faxes at once.');
    expect(screen.match(/Queued /g)).toHaveLength(30);
    expect(code).toBe(0);
  });

  it('queues nothing on "no"', async () => {
    const { code, screen } = await atTerminal(['send', pdf, ...thirty(5000), '--at', tomorrow()], 'no');
    expect(screen).toContain('faxdesk: Nothing was queued: you chose not to send 30 faxes.');
    expect(screen).not.toContain('Queued ');
    expect(code).toBe(1);
  });
});
