/**
 * The account's faxes on the command line, as a script would use them: the built `faxdesk`
 * against the sandbox. A fax sent elsewhere on the account joins `list` after `sync`, marked;
 * `show` and `save` find a fax by id or prefix, and `save` refuses clearly when there is no
 * document or the target exists. The help of inbox, show, save and sync says what they do.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { textPdf } from '../../support/pdf-samples';
import { runFaxdesk } from '../../support/run-cli';
import { sendElsewhere } from '../../support/send-elsewhere';

let telnyx: Sandbox;
let home: string;

const env = () => ({
  ...process.env,
  FAXDESK_HOME: home,
  FAXDESK_API_BASE: telnyx.baseUrl,
  TELNYX_API_KEY: SANDBOX_KEYS.accepted,
});

interface Listed {
  id: string;
  to: string;
  status: string;
  origin: string;
  hasDocument: boolean;
}

interface ReceivedJson {
  id: string;
  archived: boolean;
}

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  home = await mkdtemp(join(tmpdir(), 'faxdesk-faxes-cli-'));
  expect((await runFaxdesk(['account', '--from', '+12025550180'], env())).code).toBe(0);
});

afterAll(async () => {
  await telnyx.close();
  await rm(home, { recursive: true, force: true });
});

describe('the account’s faxes on the command line', () => {
  it('lists faxes sent from elsewhere once, and shows and saves faxes by id', async () => {
    const pdf = join(home, 'letter.pdf');
    await writeFile(pdf, await textPdf(2));
    const sent = await runFaxdesk(['send', pdf, '--to', '+13125550100', '--wait', '--json'], env(), 60_000);
    expect(sent.code).toBe(0);
    const [own] = JSON.parse(sent.stdout) as Listed[];
    if (!own) throw new Error('nothing sent');

    await sendElsewhere(telnyx, '+13125550177');
    expect((await runFaxdesk(['sync'], env(), 30_000)).code).toBe(0);
    expect((await runFaxdesk(['sync'], env(), 30_000)).code).toBe(0);
    const listed = JSON.parse((await runFaxdesk(['list', '--json'], env())).stdout) as Listed[];
    expect(listed.map((job) => [job.to, job.origin, job.hasDocument])).toEqual([
      ['+13125550177', 'elsewhere', false],
      ['+13125550100', 'desk', true],
    ]);
    const theirs = listed[0];
    if (!theirs) throw new Error('not listed');
    const text = await runFaxdesk(['list'], env());
    expect(text.stdout).toMatch(/\+13125550177 .* \[sent from elsewhere\]/);
    expect(text.stdout).not.toMatch(/\+13125550100 .*elsewhere/);

    const shown = await runFaxdesk(['show', own.id.slice(0, 8), '--json'], env());
    expect(shown.code).toBe(0);
    const detail = JSON.parse(shown.stdout) as Listed & { direction: string; timeline: Array<{ detail: string }> };
    expect(detail).toMatchObject({ direction: 'sent', id: own.id, status: 'delivered', origin: 'desk' });
    expect(detail.timeline.at(-1)?.detail).toMatch(/^Delivered/);
    const shownText = await runFaxdesk(['show', theirs.id], env());
    expect(shownText.stdout).toContain('[sent from elsewhere]');
    expect(shownText.stdout).toContain('Sent from elsewhere on your Telnyx account');

    const copy = join(home, 'copy.pdf');
    const saved = await runFaxdesk(['save', own.id.slice(0, 8), '-o', copy], env());
    expect(saved.code).toBe(0);
    expect((await readFile(copy)).subarray(0, 5).toString()).toBe('%PDF-');
    const again = await runFaxdesk(['save', own.id, '-o', copy], env());
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; nothing was written');
    const none = await runFaxdesk(['save', theirs.id, '-o', join(home, 'none.pdf')], env());
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Telnyx gave no copy of its document, so there is nothing to save');
    const unknown = await runFaxdesk(['show', 'ffffffff'], env());
    expect(unknown.code).toBe(2);

    const resend = await runFaxdesk(['resend', theirs.id], env());
    expect(resend.code).toBe(1);
    expect(resend.stderr).toContain('sent from elsewhere');
  }, 120_000);

  it('receives on sync, lists the inbox as JSON, shows and saves a received fax', async () => {
    await telnyx.injectInbound({ from: '+13125550111', to: '+12025550180', pages: 2 });
    // The call takes a few steps at the sandbox; each sync lists the account and downloads what is due.
    let received: ReceivedJson[] = [];
    for (let tries = 0; tries < 20 && !received.some((fax) => fax.archived); tries++) {
      expect((await runFaxdesk(['sync'], env(), 30_000)).code).toBe(0);
      received = JSON.parse((await runFaxdesk(['inbox', '--json'], env())).stdout) as ReceivedJson[];
    }
    expect(received).toHaveLength(1);
    const [fax] = received;
    if (!fax) throw new Error('nothing received');
    for (const field of ['id', 'telnyxFaxId', 'from', 'to', 'status', 'pages', 'receivedAt', 'read']) {
      expect(fax).toHaveProperty(field);
    }
    expect(fax).toMatchObject({
      from: '+13125550111',
      to: '+12025550180',
      status: 'received',
      pages: 2,
      read: false,
      failureReason: null,
      failureText: null,
      archived: true,
    });
    expect((await runFaxdesk(['inbox', '--unread'], env())).stdout).toContain('unread');

    const shown = JSON.parse(
      (await runFaxdesk(['show', fax.id.slice(0, 8), '--json'], env())).stdout,
    ) as ReceivedJson & {
      direction: string;
      timeline: unknown[];
    };
    expect(shown).toMatchObject({ direction: 'received', id: fax.id });
    expect(shown.timeline.length).toBeGreaterThan(0);
    const copy = join(home, 'received.pdf');
    expect((await runFaxdesk(['save', fax.id, '-o', copy], env())).code).toBe(0);
    expect((await readFile(copy)).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('finds a received fax by the words on its pages once sync --words has read them', async () => {
    await telnyx.injectInbound({ from: '+13125550122', to: '+12025550180', pages: 1, kind: 'invoice', seed: 0 });
    let received: Array<ReceivedJson & { from: string }> = [];
    for (let tries = 0; tries < 20 && !received.some((fax) => fax.from === '+13125550122' && fax.archived); tries++) {
      expect((await runFaxdesk(['sync'], env(), 30_000)).code).toBe(0);
      received = JSON.parse((await runFaxdesk(['inbox', '--json'], env())).stdout) as typeof received;
    }
    const search = () => runFaxdesk(['inbox', '--search', 'invoice 4471', '--json'], env());
    // The words are on the page only as pixels: nothing finds them before they are read.
    expect(JSON.parse((await search()).stdout)).toEqual([]);
    expect((await runFaxdesk(['sync', '--words'], env(), 240_000)).code).toBe(0);
    const found = JSON.parse((await search()).stdout) as Array<ReceivedJson & { from: string }>;
    expect(found.map((fax) => fax.from)).toEqual(['+13125550122']);
  }, 360_000);

  it('has help for each command, saying read and unread stay on this desk', async () => {
    const inboxHelp = await runFaxdesk(['inbox', '--help'], env());
    expect(inboxHelp.stdout).toContain('faxdesk inbox [--unread] [--search Q] [--limit N] [--json]');
    expect(inboxHelp.stdout).toContain('Read and unread are kept on this desk only');
    expect((await runFaxdesk(['show', '--help'], env())).stdout).toContain('a sent or received fax');
    expect((await runFaxdesk(['save', '--help'], env())).stdout).toContain('-o FILE');
    expect((await runFaxdesk(['sync', '--help'], env())).stdout).toContain('received ones are downloaded');
    const main = await runFaxdesk(['--help'], env());
    for (const command of ['inbox', 'show', 'save']) expect(main.stdout).toMatch(new RegExp(`\\n  ${command} `));
  });
});
