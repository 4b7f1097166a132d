/**
 * Destination numbers with scripted outcomes, so every path of a client can be driven by
 * choosing whom to fax (all in the fictional 555-01XX range):
 *
 * | to              | outcome                                                                  |
 * |-----------------|--------------------------------------------------------------------------|
 * | +12025550100    | delivered                                                                |
 * | +12025550101    | failed `user_busy` after `originated` (the line never answers)           |
 * | +12025550102    | failed `receiver_no_answer` after `originated`                           |
 * | +12025550103    | failed `receiver_unallocated_number` after `originated`                  |
 * | +12025550104    | stays `sending` for about a minute, then delivered                       |
 * | +12025550105    | failed `receiver_call_dropped` after `sending` (the call connected)      |
 * | +12025550106    | `user_busy` on its first fax, delivered on every later one               |
 * | any other valid | delivered                                                                |
 *
 * Independently of the number, a PDF of more than 350 pages fails `page_count_limit_exceeded`
 * and an unreadable document fails `file_format_invalid`, both right after `queued`.
 * "About a minute" is 60 s at the default step of 1.5 s and shrinks in proportion with
 * smaller steps, so tests that run with a 20 ms step do not wait a minute.
 */

export interface SandboxTestNumber {
  number: string;
  outcome: string;
}

type Failure = { reason: string; after: 'originated' | 'sending' };

interface Behaviour {
  outcome: string;
  failure?: Failure;
  slowSending?: boolean;
  /** Fails like `failure` only the first time this sandbox sees the number. */
  failsFirstTimeOnly?: boolean;
}

const BEHAVIOURS: Record<string, Behaviour> = {
  '+12025550100': { outcome: 'delivered' },
  '+12025550101': {
    outcome: 'failed: user_busy (after originated)',
    failure: { reason: 'user_busy', after: 'originated' },
  },
  '+12025550102': {
    outcome: 'failed: receiver_no_answer (after originated)',
    failure: { reason: 'receiver_no_answer', after: 'originated' },
  },
  '+12025550103': {
    outcome: 'failed: receiver_unallocated_number (after originated)',
    failure: { reason: 'receiver_unallocated_number', after: 'originated' },
  },
  '+12025550104': { outcome: 'stays sending for about a minute, then delivered', slowSending: true },
  '+12025550105': {
    outcome: 'failed: receiver_call_dropped (after sending)',
    failure: { reason: 'receiver_call_dropped', after: 'sending' },
  },
  '+12025550106': {
    outcome: 'busy (user_busy) on the first fax, delivered on the next',
    failure: { reason: 'user_busy', after: 'originated' },
    failsFirstTimeOnly: true,
  },
};

export const SANDBOX_TEST_NUMBERS: readonly SandboxTestNumber[] = Object.freeze(
  Object.entries(BEHAVIOURS).map(([number, behaviour]) => Object.freeze({ number, outcome: behaviour.outcome })),
);

/** What the telephone network will do with one outbound fax. */
export interface DialScript {
  failure: Failure | null;
  slowSending: boolean;
}

/** How long +12025550104 stays in `sending`, for a given step length. */
export function slowSendingMs(stepMs: number): number {
  return stepMs >= 1500 ? 60_000 : Math.round((60_000 * stepMs) / 1500);
}

/**
 * Decides the script for a fax to `to`. `dialled` remembers the numbers seen before, per
 * sandbox instance, for the busy-then-free number.
 */
export function dialScript(to: string, dialled: Set<string>): DialScript {
  const behaviour = BEHAVIOURS[to];
  const firstTime = !dialled.has(to);
  dialled.add(to);
  if (!behaviour) return { failure: null, slowSending: false };
  const failure = behaviour.failure && (!behaviour.failsFirstTimeOnly || firstTime) ? behaviour.failure : null;
  return { failure, slowSending: behaviour.slowSending ?? false };
}
