/**
 * startSandbox(): builds the simulated Telnyx account and serves it on 127.0.0.1. Each call
 * is an independent sandbox with its own data, timers and port.
 */
import type { FaultControl } from './faults';
import { FaultBook } from './faults';
import type { SandboxFax } from './fax-record';
import { snapshot } from './fax-record';
import type { InboundFaxOptions } from './inbound';
import { injectInboundFax } from './inbound';
import { startInboundFeed } from './inbound-feed';
import { DEFAULT_STEP_MS, FaxLifecycle } from './lifecycle';
import type { RateLimit } from './rate-limit';
import { RateLimiter } from './rate-limit';
import type { SandboxContext } from './router';
import { Router } from './router';
import { accountRoutes } from './routes/account';
import { DEFAULT_MAX_IN_FLIGHT, faxRoutes } from './routes/faxes';
import { injectInboundRoutes } from './routes/inject-inbound';
import { mediaRoutes } from './routes/media';
import { Scheduler } from './scheduler';
import { startServer } from './server';
import { SANDBOX_FAX_NUMBERS } from './seed';
import { LinkSigner } from './signed-links';
import type { SandboxLimits } from './store';
import { SandboxStore } from './store';

export interface SandboxOptions {
  /** Default 0: any free port. The sandbox always binds 127.0.0.1. */
  port?: number;
  /** Time between lifecycle steps; default 1500 ms. */
  stepMs?: number;
  /** Default null: unlimited. */
  rateLimit?: RateLimit | null;
  /** Lifetime of inbound media_url links; default 10 minutes (what Telnyx's docs say). */
  mediaUrlTtlMs?: number;
  /** Clock for timestamps, expiries and rate windows; default Date.now. Timers still use setTimeout. */
  now?: () => number;
  /** Outbound faxes allowed in flight at once; default 2000 like Telnyx. Lower it to test the 429. */
  maxInFlight?: number;
  /**
   * Accept only `Bearer <runKey>` instead of the documented `KEY…` keys: the app starts its
   * sandbox with a random key made for that run (auth.ts).
   */
  runKey?: string;
  /** How much it keeps before old faxes and media go; DEFAULT_SANDBOX_LIMITS otherwise (store.ts). */
  limits?: Partial<SandboxLimits>;
  /**
   * Deliver an inbound fax to the account's first number every this many seconds, from the
   * rotation in inbound-rotation.ts (the app's demo, `faxdesk sandbox --inbound-every`). Default: never.
   */
  inboundEverySeconds?: number;
  /** Told of every fax the inbound feed delivers, e.g. to print a line about it. */
  onInboundDelivered?: (delivery: InboundFaxOptions & { id: string }) => void;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:PORT/v2 — used like the SDK's baseURL (paths such as /faxes are appended). */
  baseUrl: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Stops timers and the server and destroys open sockets. */
  close(): Promise<void>;
  faults: FaultControl;
  /** "Receives" a fax on `to`; resolves as soon as the fax exists (status `receiving`). Also `POST /sandbox/inbound`. */
  injectInbound(options: InboundFaxOptions): Promise<{ id: string }>;
  /** A snapshot of every fax the sandbox holds, newest first. */
  faxes(): SandboxFax[];
  setStepMs(ms: number): void;
  setRateLimit(limit: RateLimit | null): void;
}

const DEFAULT_MEDIA_URL_TTL_MS = 10 * 60 * 1000;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const everySeconds = options.inboundEverySeconds;
  if (everySeconds !== undefined && !(Number.isFinite(everySeconds) && everySeconds > 0)) {
    throw new RangeError(`inboundEverySeconds must be a positive number, got ${everySeconds}`);
  }
  const now = options.now ?? Date.now;
  const scheduler = new Scheduler();
  const store = new SandboxStore(now, options.limits);
  let origin = '';
  const signer = new LinkSigner(() => origin);
  const lifecycle = new FaxLifecycle(scheduler, signer, {
    stepMs: options.stepMs ?? DEFAULT_STEP_MS,
    now,
    mediaUrlTtlMs: options.mediaUrlTtlMs ?? DEFAULT_MEDIA_URL_TTL_MS,
  });
  const context: SandboxContext = {
    store,
    lifecycle,
    signer,
    now,
    maxInFlight: options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT,
  };
  const faults = new FaultBook();
  const rateLimiter = new RateLimiter(options.rateLimit ?? null, now);
  const router = new Router([...faxRoutes, ...mediaRoutes, ...accountRoutes, ...injectInboundRoutes]);
  const server = await startServer(
    { context, router, faults, rateLimiter, scheduler, runKey: options.runKey },
    options.port ?? 0,
  );
  origin = server.origin;
  if (everySeconds !== undefined) {
    startInboundFeed(scheduler, everySeconds * 1000, SANDBOX_FAX_NUMBERS[0], (delivery) => {
      const { id } = injectInboundFax(context, delivery);
      options.onInboundDelivered?.({ ...delivery, id });
    });
  }

  let closed: Promise<void> | undefined;
  return {
    baseUrl: `${origin}/v2`,
    origin,
    faults,
    close: () => {
      closed ??= (async () => {
        scheduler.stop();
        store.stopAllTimers();
        await server.close();
      })();
      return closed;
    },
    injectInbound: (inbound) => Promise.resolve().then(() => injectInboundFax(context, inbound)),
    faxes: () => store.allFaxes().map(snapshot),
    setStepMs: (ms) => lifecycle.setStepMs(ms),
    setRateLimit: (limit) => rateLimiter.configure(limit),
  };
}
