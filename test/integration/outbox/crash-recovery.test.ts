/**
 * Crash recovery: the process that sends (the built `faxdesk` CLI running `sync` passes) is
 * killed with SIGKILL at random moments, again and again, then started anew. Every job must
 * still end delivered, with exactly one fax per job at Telnyx and none lost.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { attemptIdOf, openTestDesk } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';
import { seededRandom } from '../../support/proxy/fault-proxy';
import { cliPath } from '../../support/run-cli';
import { FINAL_STATUSES } from '../../../domain/job-status';

const JOBS = 60;
let telnyx: Sandbox;
let dataDir: string;

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 10 });
  dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-crash-'));
});

afterAll(async () => {
  await telnyx.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs `faxdesk ARGS`, killing it with SIGKILL after `killAfterMs` unless it finished first. */
function runAndMaybeKill(args: string[], killAfterMs: number): Promise<'finished' | 'killed'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: {
        ...process.env,
        FAXDESK_HOME: dataDir,
        FAXDESK_API_BASE: telnyx.baseUrl,
        TELNYX_API_KEY: SANDBOX_KEYS.accepted,
      },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : 'finished');
    });
  });
}

describe('the outbox after crashes', () => {
  it('resumes every job with no duplicate and nothing lost', { timeout: 180_000 }, async () => {
    const setup = await openTestDesk(telnyx.baseUrl, { dataDir });
    setup.engine.settings.update({ graceSeconds: 1 });
    const recipients = Array.from({ length: JOBS }, (_, i) => ({
      number: `+1312555${String(100 + i).padStart(4, '0')}`,
    }));
    const created = await setup.engine.jobs.create({
      documents: [{ name: 'report.pdf', bytes: await textPdf(1) }],
      recipients,
    });
    await setup.close();

    // Kills land around and after start-up, while the process uploads, posts, reconciles or
    // polls. Start-up is measured again and again, since the machine may be busy.
    const random = seededRandom(4711);
    let kills = 0;
    for (let round = 0; round < 300; round++) {
      const started = Date.now();
      await runAndMaybeKill(['--help'], 60_000);
      const startup = Date.now() - started;
      const outcome = await runAndMaybeKill(['sync'], Math.round(startup * (0.8 + random() * 0.7)));
      if (outcome === 'killed') kills++;
      const check = await openTestDesk(telnyx.baseUrl, { dataDir });
      const open = created.filter((job) => !FINAL_STATUSES.has(check.engine.jobs.get(job.id)?.status ?? 'waiting'));
      await check.close();
      if (open.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    console.info(`crash recovery: ${kills} SIGKILLs while sending ${JOBS} faxes`);
    const verify = await openTestDesk(telnyx.baseUrl, { dataDir });
    const final = created.map((job) => verify.engine.jobs.detail(job.id));
    expect(final.map((d) => d?.job.status)).toEqual(created.map(() => 'delivered'));

    const jobOfAttempt = new Map<string, string>();
    for (const detail of final)
      for (const attempt of detail?.attempts ?? []) jobOfAttempt.set(attempt.id, attempt.jobId);
    const faxes = telnyx.faxes().filter((fax) => fax.direction === 'outbound');
    const perJob = new Map<string, number>();
    for (const fax of faxes) {
      const jobId = jobOfAttempt.get(attemptIdOf(fax.client_state) ?? '') ?? 'unknown';
      perJob.set(jobId, (perJob.get(jobId) ?? 0) + 1);
    }
    expect(perJob.get('unknown')).toBeUndefined();
    expect([...perJob.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect(perJob.size).toBe(JOBS);
    expect(kills).toBeGreaterThan(5);
    await verify.close();
  });
});
