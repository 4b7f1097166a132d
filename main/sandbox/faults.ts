/**
 * Network and server faults on demand, for the exactly-once tests (DESIGN.md §3): a request
 * that is performed but whose answer is lost, a 500 after the work was done, a reset before
 * anything happened, a slow answer, a plain refusal. Each fault is armed for the next `times`
 * requests whose method matches and whose path starts with `path`.
 */

export interface FaultMatch {
  /** HTTP method; omitted means any. */
  method?: string;
  /** Path prefix including the /v2 prefix, e.g. '/v2/faxes'. */
  path: string;
}

export interface FaultControl {
  /** Perform the request for real (the fax IS created), then destroy the socket without answering. */
  dropAfterCreate(match: FaultMatch, times?: number): void;
  /** Perform the request for real, then answer 500 with a Telnyx error body. */
  errorAfterCreate(match: FaultMatch, times?: number): void;
  /** Destroy the socket before doing anything. */
  resetBeforeHandling(match: FaultMatch, times?: number): void;
  /** Wait `ms` before handling. */
  delay(match: FaultMatch, ms: number, times?: number): void;
  /** Answer `status` with an error body, doing nothing. */
  reject(match: FaultMatch, status: number, times?: number): void;
  /** Disarm every fault. */
  clear(): void;
}

/** What the server must do around one request, decided when it arrives. */
export interface FaultPlan {
  delayMs: number;
  before: { kind: 'reset' } | { kind: 'reject'; status: number } | null;
  after: 'drop' | 'error' | null;
}

type ArmedFault =
  | { kind: 'drop' | 'error' | 'reset'; match: FaultMatch; remaining: number }
  | { kind: 'delay'; match: FaultMatch; remaining: number; ms: number }
  | { kind: 'reject'; match: FaultMatch; remaining: number; status: number };

export class FaultBook implements FaultControl {
  private armed: ArmedFault[] = [];

  dropAfterCreate(match: FaultMatch, times = 1): void {
    this.arm({ kind: 'drop', match, remaining: times });
  }

  errorAfterCreate(match: FaultMatch, times = 1): void {
    this.arm({ kind: 'error', match, remaining: times });
  }

  resetBeforeHandling(match: FaultMatch, times = 1): void {
    this.arm({ kind: 'reset', match, remaining: times });
  }

  delay(match: FaultMatch, ms: number, times = 1): void {
    this.arm({ kind: 'delay', match, remaining: times, ms });
  }

  reject(match: FaultMatch, status: number, times = 1): void {
    this.arm({ kind: 'reject', match, remaining: times, status });
  }

  clear(): void {
    this.armed = [];
  }

  /**
   * Consumes the faults that apply to this request, at most one of each family: a delay, a
   * "before" fault (reset or reject) and an "after" fault (drop or error). Consuming on arrival
   * keeps concurrent requests from sharing one armed fault.
   */
  plan(method: string, path: string): FaultPlan {
    const delay = this.take(method, path, (f) => f.kind === 'delay');
    const before = this.take(method, path, (f) => f.kind === 'reset' || f.kind === 'reject');
    // A request refused before handling does nothing, so an "after" fault stays armed for the next one.
    const after = before ? undefined : this.take(method, path, (f) => f.kind === 'drop' || f.kind === 'error');
    return {
      delayMs: delay?.kind === 'delay' ? delay.ms : 0,
      before:
        before?.kind === 'reset'
          ? { kind: 'reset' }
          : before?.kind === 'reject'
            ? { kind: 'reject', status: before.status }
            : null,
      after: after?.kind === 'drop' ? 'drop' : after?.kind === 'error' ? 'error' : null,
    };
  }

  private arm(fault: ArmedFault): void {
    if (!Number.isInteger(fault.remaining) || fault.remaining < 1) {
      throw new RangeError(`times must be a positive integer, got ${fault.remaining}`);
    }
    this.armed.push(fault);
  }

  private take(method: string, path: string, family: (f: ArmedFault) => boolean): ArmedFault | undefined {
    const fault = this.armed.find((f) => family(f) && matches(f.match, method, path));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.armed = this.armed.filter((f) => f !== fault);
    return fault;
  }
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  return (match.method === undefined || match.method.toUpperCase() === method) && path.startsWith(match.path);
}
