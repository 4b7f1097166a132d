/**
 * What the engine knows about reaching Telnyx: whether the last request got through, when
 * Telnyx last answered, and — after a 429 — until when every request must wait. It hears the
 * outcome of every call from the Telnyx client (telnyx/call-outcome.ts), never from callers.
 */
import type { CallOutcome } from '../telnyx/call-outcome';

export interface ConnectivityState {
  online: boolean | null;
  lastContactAt: number | null;
  /** Consecutive requests that could not reach Telnyx. */
  failures: number;
  /** Telnyx asked us to slow down: nothing is sent before this time. */
  pausedUntil: number | null;
}

export class Connectivity {
  private state: ConnectivityState = { online: null, lastContactAt: null, failures: 0, pausedUntil: null };
  private readonly listeners = new Set<(state: ConnectivityState) => void>();

  constructor(private readonly now: () => number = Date.now) {}

  get(): ConnectivityState {
    return { ...this.state };
  }

  onChange(listener: (state: ConnectivityState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Takes in the outcome of one call to Telnyx. */
  record(outcome: CallOutcome): void {
    if (outcome.kind === 'unreachable') {
      this.set({ online: false, failures: this.state.failures + 1 });
      return;
    }
    this.set({ online: true, lastContactAt: this.now(), failures: 0 });
    if (outcome.kind === 'rate_limited') this.pause(outcome.pauseMs);
  }

  /** Milliseconds to wait before the next request, 0 when free to go. */
  waitMs(): number {
    const until = this.state.pausedUntil;
    return until ? Math.max(0, until - this.now()) : 0;
  }

  private pause(ms: number): void {
    const until = this.now() + ms;
    if (!this.state.pausedUntil || until > this.state.pausedUntil) this.set({ pausedUntil: until });
  }

  private set(patch: Partial<ConnectivityState>): void {
    const before = JSON.stringify(this.state);
    this.state = { ...this.state, ...patch };
    if (JSON.stringify(this.state) !== before) this.listeners.forEach((listener) => listener(this.get()));
  }
}
