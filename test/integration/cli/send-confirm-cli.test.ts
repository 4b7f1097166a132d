/**
 * `faxdesk send` and the volume guard, run in-process with a terminal that answers (or none):
 * a large send is asked about at the terminal, --yes answers for a script, a script without it
 * is refused in words; a premium-rate number is refused with the sentence the window shows.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { runCliInProcess, tomorrow, type InProcessRun } from '../../support/cli-in-process';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { textPdf } from '../../support/pdf-samples';

let telnyx: Sandbox;
let home: string;
let pdf: string;

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
});
afterAll(() => telnyx.close());

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'faxdesk-send-confirm-'));
  pdf = join(home, 'letter.pdf');
  await writeFile(pdf, await textPdf(1));
  const chosen = await run(['account', '--from', '+12025550180']);
  expect(chosen.code, chosen.stderr).toBe(0);
  return () => rm(home, { recursive: true, force: true });
});

/** Runs `faxdesk ARGS`; `terminal` answers each question, or there is no terminal (null). */
function run(args: string[], terminal: string | null = null): Promise<InProcessRun> {
  return runCliInProcess(
    args,
    {
      FAXDESK_HOME: home,
      FAXDESK_API_BASE: telnyx.baseUrl,
      TELNYX_API_KEY: SANDBOX_KEYS.accepted,
      FAXDESK_KEYCHAIN_SERVICE: 'Faxdesk-test-send-confirm',
    },
    terminal,
  );
}

const toMany = (count: number) =>
  Array.from({ length: count }, (_, i) => ['--to', `+1312555${String(2000 + i)}`]).flat();

async function queuedFaxes(): Promise<number> {
  const engine = createEngine({ dataDir: home, secretStore: new MemorySecretStore(), log: () => undefined });
  try {
    return engine.jobs.list().total;
  } finally {
    await engine.close();
  }
}

describe('faxdesk send, large sends', () => {
  it('asks at the terminal and queues on "yes"', async () => {
    const result = await run(['send', pdf, ...toMany(30), '--at', tomorrow()], 'yes');
    expect(result.code, result.stderr).toBe(0);
    expect(result.questions).toHaveLength(1);
    expect(result.questions[0]).toMatch(/^Queue 30 faxes\? This would queue 30 faxes at once\. /);
    expect(result.questions[0]).toMatch(/Type "yes" to queue 30 faxes, anything else not to: $/);
    expect(await queuedFaxes()).toBe(30);
  });

  it('queues nothing on any other answer, and says so', async () => {
    const result = await run(['send', pdf, ...toMany(30), '--at', tomorrow()], 'n');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('faxdesk: Nothing was queued: you chose not to send 30 faxes.');
    expect(await queuedFaxes()).toBe(0);
  });

  it('without a terminal, refuses unless --yes was given', async () => {
    const refused = await run(['send', pdf, ...toMany(30), '--at', tomorrow()]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'faxdesk: Nothing was queued: sending 30 faxes now needs confirming (more than 25 at once, or more than 100 in an hour), ' +
        'and there is no terminal to ask. Run the command in a terminal to answer, or add --yes if a script means to send them.',
    );
    expect(await queuedFaxes()).toBe(0);

    const scripted = await run(['send', pdf, ...toMany(30), '--at', tomorrow(), '--yes']);
    expect(scripted.code, scripted.stderr).toBe(0);
    expect(scripted.questions).toEqual([]);
    expect(scripted.stderr).toContain('Queue 30 faxes? Yes: --yes was given.');
    expect(await queuedFaxes()).toBe(30);
  });

  it('a small send is never asked about', async () => {
    const result = await run(['send', pdf, ...toMany(3), '--at', tomorrow()]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.questions).toEqual([]);
  });
});

describe('faxdesk send, costly numbers', () => {
  it('refuses a premium-rate number with the same sentence as the window, and queues nothing', async () => {
    const result = await run(['send', pdf, '--to', '+13125550100', '--to', '+1 900 555 0100']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'faxdesk: +1 900 555 0100 is a premium-rate number, charged far above an ordinary call. Nothing was queued. ' +
        'Faxdesk sends to premium-rate and satellite numbers only when "Allow premium-rate and satellite numbers" is turned on in Settings.',
    );
    expect(await queuedFaxes()).toBe(0);
  });

  it('reads the setting the window writes', async () => {
    const engine = createEngine({ dataDir: home, secretStore: new MemorySecretStore(), log: () => undefined });
    engine.settings.update({ allowPremiumAndSatelliteNumbers: true });
    await engine.close();
    const result = await run(['send', pdf, '--to', '+870773111632', '--at', tomorrow()]);
    expect(result.code, result.stderr).toBe(0);
    expect(await queuedFaxes()).toBe(1);
  });
});
