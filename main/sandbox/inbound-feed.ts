/**
 * Delivers an inbound fax every so often (the rotation in inbound-rotation.ts), for demos and
 * for `faxdesk sandbox --inbound-every`. It runs on the sandbox's scheduler, so closing the
 * sandbox stops it, and the next delivery is planned only after the last one is made: a slow
 * page render never piles deliveries up.
 */
import type { InboundFaxOptions } from './inbound';
import { rotatingInbound } from './inbound-rotation';
import type { Scheduler } from './scheduler';

export interface InboundFeed {
  stop(): void;
  /** How many faxes it has delivered so far. */
  delivered(): number;
}

export function startInboundFeed(
  scheduler: Scheduler,
  everyMs: number,
  to: string,
  deliver: (options: InboundFaxOptions) => void,
): InboundFeed {
  if (!Number.isFinite(everyMs) || everyMs <= 0) throw new RangeError(`the interval must be positive, got ${everyMs}`);
  let count = 0;
  let cancel: () => void = () => {};
  let stopped = false;
  const plan = (): void => {
    cancel = scheduler.after(everyMs, () => {
      if (stopped) return;
      const options = rotatingInbound(count++, to);
      try {
        deliver(options);
      } catch (error) {
        console.error('[sandbox] could not deliver an inbound fax', error);
      }
      plan();
    });
  };
  plan();
  return {
    stop: () => {
      stopped = true;
      cancel();
    },
    delivered: () => count,
  };
}
