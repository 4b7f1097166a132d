/**
 * Every timer the sandbox starts goes through here, so close() can stop them all at once and
 * a stopped sandbox never mutates state or keeps the process alive.
 */
export class Scheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  /** Runs `task` after `ms`; returns a function that cancels it. */
  after(ms: number, task: () => void): () => void {
    if (this.stopped) return () => {};
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        task();
      },
      Math.max(0, ms),
    );
    this.timers.add(timer);
    return () => {
      clearTimeout(timer);
      this.timers.delete(timer);
    };
  }

  /** Resolves after `ms`; never resolves once the scheduler is stopped (the socket is destroyed anyway). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.after(ms, resolve));
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/** ISO 8601 with milliseconds, the form Telnyx uses for created_at / updated_at. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
