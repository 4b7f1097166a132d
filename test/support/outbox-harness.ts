/**
 * An engine wired for outbox tests: a temporary data folder, a real SQLite file, the sandbox
 * (or a proxy in front of it) as Telnyx, and timings shortened so redials, grace periods
 * and polling take milliseconds instead of minutes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type Engine, type EngineConfig } from '../../main/engine/engine';
import type { OutboxPolicy } from '../../main/engine/outbox/policy';
import type { JobRecord } from '../../main/engine/store/job-records';
import { SANDBOX_FAX_APP_ID, SANDBOX_KEYS } from '../../main/sandbox';
import { MemorySecretStore } from './memory-secret-store';
import { FINAL_STATUSES } from '../../domain/job-status';

export const fastPolicy: Partial<OutboxPolicy> = {
  redialAttempts: 3,
  redialDelayMs: 50,
  graceMs: 300,
  reconcileMarginMs: 60_000,
  reconcileTriesBeforeUnconfirmed: 1000,
  concurrency: 8,
  pollMinMs: 20,
  pollMaxMs: 200,
  listPollThreshold: 20,
  stallAfterMs: 60_000,
  offlineRetryMinMs: 20,
  offlineRetryMaxMs: 200,
  accountRetryMs: 200,
  leaseMs: 5_000,
  inboxRetryMinMs: 20,
  inboxRetryMaxMs: 200,
};

export interface TestDesk {
  engine: Engine;
  dataDir: string;
  close(): Promise<void>;
}

export async function openTestDesk(
  apiBase: string,
  options: {
    policy?: Partial<OutboxPolicy>;
    dataDir?: string;
    now?: () => number;
    monotonic?: () => number;
    /** Receiving: how documents are downloaded and their words read. */
    inbox?: Pick<EngineConfig, 'mediaFetch' | 'readText'>;
    /** The address book's names and the desk's time zone, kept with each fax. */
    desk?: Pick<EngineConfig, 'nameFor' | 'timeZone'>;
  } = {},
): Promise<TestDesk> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'faxdesk-outbox-')));
  const engine = createEngine({
    dataDir,
    secretStore: new MemorySecretStore(),
    environment: { apiKey: SANDBOX_KEYS.accepted, apiBase },
    telnyx: { timeoutMs: 5_000, readRetries: 0 },
    policy: { ...fastPolicy, ...options.policy },
    log: () => undefined,
    // The person at these tests' desk says yes to large sends; test/integration/outbox/volume-guard.test.ts asks.
    confirmLargeBatch: () => Promise.resolve(true),
    ...(options.now ? { now: options.now } : {}),
    ...(options.monotonic ? { monotonic: options.monotonic } : {}),
    ...options.inbox,
    ...options.desk,
  });
  engine.settings.update({ connectionId: SANDBOX_FAX_APP_ID, fromNumber: '+12025550180' });
  return {
    engine,
    dataDir,
    close: async () => {
      await engine.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves when every job is final (or unconfirmed), failing after `timeoutMs`. */
export async function waitForFinal(engine: Engine, ids: string[], timeoutMs = 30_000): Promise<JobRecord[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = ids.map((id) => engine.jobs.get(id)).filter((job): job is JobRecord => job !== null);
    if (
      jobs.length === ids.length &&
      jobs.every((job) => FINAL_STATUSES.has(job.status) || job.status === 'unconfirmed')
    ) {
      return jobs;
    }
    if (Date.now() > deadline) {
      const open = jobs.filter((job) => !FINAL_STATUSES.has(job.status)).slice(0, 5);
      throw new Error(
        `jobs not final after ${timeoutMs} ms: ${JSON.stringify(open.map((j) => [j.to, j.status, j.waitReason, j.telnyxStatus]))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Decodes client_state (base64 attempt id) as the sandbox stores it. */
export const attemptIdOf = (clientState: string | null | undefined) =>
  clientState ? Buffer.from(clientState, 'base64').toString('utf8') : null;
