/**
 * `faxdesk contacts` and `send --to NAME`, run in-process as a terminal or a script would: add,
 * list (--json, --search, --group), remove, import with its preview and question, export that
 * reads back, and a send to a contact or a group going through the volume guard like any other.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { runCliInProcess, tomorrow, type InProcessRun } from '../../support/cli-in-process';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { textPdf } from '../../support/pdf-samples';

const fixtures = join(__dirname, '../../fixtures/contacts');

let telnyx: Sandbox;
let home: string;

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
});
afterAll(() => telnyx.close());

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'faxdesk-contacts-cli-'));
  return () => rm(home, { recursive: true, force: true });
});

/** Runs `faxdesk ARGS`; `terminal` answers each question, or there is no terminal (null). */
function run(args: string[], terminal: string | null = null, dataDir = home): Promise<InProcessRun> {
  return runCliInProcess(
    args,
    {
      FAXDESK_HOME: dataDir,
      FAXDESK_API_BASE: telnyx.baseUrl,
      TELNYX_API_KEY: SANDBOX_KEYS.accepted,
      FAXDESK_KEYCHAIN_SERVICE: 'Faxdesk-test-contacts',
    },
    terminal,
  );
}

async function listJson(extra: string[] = [], dataDir = home): Promise<Array<Record<string, unknown>>> {
  const result = await run(['contacts', 'list', '--json', ...extra], null, dataDir);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Array<Record<string, unknown>>;
}

describe('faxdesk contacts add, list, remove', () => {
  it('has help, and the main help and send help name it', async () => {
    const help = await run(['contacts', '--help']);
    expect(help.stdout).toContain('Usage: faxdesk contacts <list|add|remove|import|export> [options]');
    expect(help.stdout).toContain('import FILE [--yes]');
    expect((await run(['--help'])).stdout).toMatch(/\n {2}contacts {3}the address book/);
    expect((await run(['send', '--help'])).stdout).toContain('--to NUMBER|NAME');
    expect((await run(['contacts'])).code).toBe(2);
  });

  it('adds contacts, lists them as JSON with E.164 numbers and group names, finds them, removes them', async () => {
    const added = await run([
      'contacts',
      'add',
      'Ada Lovelace',
      '--fax',
      '(202) 555-0100',
      '--org',
      'Analytical Engines',
      '--group',
      'Clients',
    ]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(
      /^Added [0-9a-f]{8} {2}Ada Lovelace \(Analytical Engines\) {2}\+1 202 555 0100 {2}groups: Clients$/,
    );
    expect(
      (await run(['contacts', 'add', 'Grace Hopper', '--fax', '+44 20 7946 0018', '--fax', '+44 20 7946 0019'])).code,
    ).toBe(0);

    const all = await listJson();
    expect(all).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Ada Lovelace',
        organization: 'Analytical Engines',
        faxNumbers: ['+12025550100'],
        groups: ['Clients'],
      }),
      expect.objectContaining({
        name: 'Grace Hopper',
        organization: null,
        faxNumbers: ['+442079460018', '+442079460019'],
        groups: [],
      }),
    ]);
    expect((await listJson(['--search', '5550100'])).map((c) => c.name)).toEqual(['Ada Lovelace']);
    expect((await listJson(['--group', 'clients'])).map((c) => c.name)).toEqual(['Ada Lovelace']);
    expect((await run(['contacts', 'list', '--group', 'Nobody'])).code).toBe(2);

    const merged = await run(['contacts', 'add', 'Countess', '--fax', '+12025550100', '--notes', 'Mornings']);
    expect(merged.stdout).toMatch(/^Merged into [0-9a-f]{8} {2}Ada Lovelace/);
    expect(await listJson()).toHaveLength(2);

    const bad = await run(['contacts', 'add', 'Bad', '--fax', '12']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^faxdesk: "12" is not a valid fax number/);

    const removed = await run(['contacts', 'remove', 'grace hopper']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toMatch(/^Removed [0-9a-f]{8} Grace Hopper from the address book\.$/);
    const id = String(all[0]?.id);
    expect((await run(['contacts', 'remove', id.slice(0, 8)])).code).toBe(0);
    expect(await listJson()).toEqual([]);
  });
});

describe('faxdesk contacts import and export', () => {
  it('shows the preview and asks; nothing is written on "no" or without a terminal, all of it on "yes"', async () => {
    const file = join(fixtures, 'outlook.csv');
    const declined = await run(['contacts', 'import', file], 'no');
    expect(declined.code).toBe(1);
    expect(declined.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        'Format: CSV, Outlook layout',
        'Columns:',
        '  Business Fax → Fax number (Work)',
        '  Categories → Groups',
        '3 contacts to import: 3 new, 0 merged into contacts with the same fax number.',
        '2 rows will not be imported:',
        '  row 4: Nora Quinn has no fax number.',
        '  row 6: "12345" is not a fax number Faxdesk can read.',
      ]),
    );
    expect(declined.questions).toEqual(['Import 3 contacts? Type "yes" to import, anything else not to: ']);
    expect(await listJson()).toEqual([]);

    const script = await run(['contacts', 'import', file]);
    expect(script.code).toBe(1);
    expect(script.stderr).toBe(
      'faxdesk: Nothing was imported: there is no terminal to ask. Run the command in a terminal to answer, or add --yes if a script means to import the file.',
    );
    expect(await listJson()).toEqual([]);

    const accepted = await run(['contacts', 'import', file], 'yes');
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toMatch(/Imported: 3 added, 0 merged, 2 rows left out \(listed above\)\.$/);
    expect((await listJson()).map((c) => c.name)).toEqual(['County Clerk', 'Elena Rivera', 'Tom Baker']);

    const again = await run(['contacts', 'import', join(fixtures, 'contacts.vcf'), '--yes']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.questions).toEqual([]);
    expect(again.stdout).toContain('Format: vCard');
    expect(again.stdout).toContain('  card 4: No Fax Person has no fax number.');
  });

  it('exports CSV and vCard that import back into another desk unchanged', async () => {
    expect((await run(['contacts', 'import', join(fixtures, 'google.csv'), '--yes'])).code).toBe(0);
    expect((await run(['contacts', 'import', join(fixtures, 'outlook.csv'), '--yes'])).code).toBe(0);
    const before = await listJson();
    const comparable = (list: Array<Record<string, unknown>>) =>
      list.map(({ name, organization, faxNumbers, labels, phone, notes, groups }) => ({
        name,
        organization,
        faxNumbers,
        labels,
        phone,
        notes,
        groups,
      }));
    for (const name of ['book.csv', 'book.vcf']) {
      const path = join(home, name);
      const exported = await run(['contacts', 'export', path]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toBe(`Wrote 4 contacts to ${path}.`);
      const other = await mkdtemp(join(tmpdir(), 'faxdesk-contacts-cli-other-'));
      try {
        expect((await run(['contacts', 'import', path, '--yes'], null, other)).code).toBe(0);
        expect(comparable(await listJson([], other))).toEqual(comparable(before));
      } finally {
        await rm(other, { recursive: true, force: true });
      }
    }
    expect((await readFile(join(home, 'book.vcf'), 'utf8')).startsWith('BEGIN:VCARD\r\nVERSION:3.0')).toBe(true);
    expect((await run(['contacts', 'export', join(home, 'book.txt')])).code).toBe(2);
  });
});

describe('faxdesk send --to a contact or a group', () => {
  let pdf: string;
  beforeEach(async () => {
    pdf = join(home, 'letter.pdf');
    await writeFile(pdf, await textPdf(1));
    expect((await run(['account', '--from', '+12025550180'])).code).toBe(0);
  });

  async function queued(): Promise<Array<{ to: string; contactName: string | null }>> {
    const engine = createEngine({ dataDir: home, secretStore: new MemorySecretStore(), log: () => undefined });
    try {
      return engine.jobs
        .list({ limit: 1000 })
        .jobs.map((job) => ({ to: job.to, contactName: job.contactName }))
        .sort((a, b) => a.to.localeCompare(b.to));
    } finally {
      await engine.close();
    }
  }

  it('sends to a contact by name and to each member of a group, with their names', async () => {
    await run([
      'contacts',
      'add',
      'Ada Lovelace',
      '--fax',
      '+13125550100',
      '--fax',
      '+13125550109',
      '--group',
      'Clients',
    ]);
    await run(['contacts', 'add', 'Tom Baker', '--fax', '+13125550101', '--group', 'Clients']);
    await run(['contacts', 'add', 'Grace Hopper', '--fax', '+13125550102']);
    const result = await run([
      'send',
      pdf,
      '--to',
      'clients',
      '--to',
      'grace hopper',
      '--to',
      '+1 312 555 0103',
      '--at',
      tomorrow(),
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(await queued()).toEqual([
      { to: '+13125550100', contactName: 'Ada Lovelace' },
      { to: '+13125550101', contactName: 'Tom Baker' },
      { to: '+13125550102', contactName: 'Grace Hopper' },
      { to: '+13125550103', contactName: null },
    ]);
  });

  it('refuses an unknown or ambiguous name in words, and queues nothing', async () => {
    const unknown = await run(['send', pdf, '--to', 'Nobody', '--at', tomorrow()]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'faxdesk: "Nobody" is not a fax number, and no contact or group in the address book is called that. See `faxdesk contacts list`.',
    );
    await run(['contacts', 'add', 'Clients', '--fax', '+13125550111']);
    await run(['contacts', 'add', 'Ada', '--fax', '+13125550112', '--group', 'Clients']);
    const ambiguous = await run(['send', pdf, '--to', 'Clients', '--at', tomorrow()]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toBe(
      'faxdesk: "Clients" could be the contact Clients (+1 312 555 0111), or the group Clients. Give the fax number instead.',
    );
    expect(await queued()).toEqual([]);
  });

  it('a group larger than 25 goes through the volume guard like any large send', async () => {
    const csv = Array.from({ length: 30 }, (_, i) => `Member ${i},+1312555${2000 + i}`).join('\n');
    const file = join(home, 'members.csv');
    await writeFile(file, `name,fax,groups\n${csv.replaceAll('\n', ',Everyone\n')},Everyone\n`);
    expect((await run(['contacts', 'import', file, '--yes'])).code).toBe(0);
    const refused = await run(['send', pdf, '--to', 'Everyone', '--at', tomorrow()]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^faxdesk: Nothing was queued: sending 30 faxes now needs confirming/);
    const asked = await run(['send', pdf, '--to', 'Everyone', '--at', tomorrow()], 'yes');
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.questions[0]).toMatch(/^Queue 30 faxes\?/);
    expect(await queued()).toHaveLength(30);
  });
});
