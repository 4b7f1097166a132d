/**
 * Notices close together become one batch: each notice waits for a short quiet moment, so fifty
 * faxes delivered within seconds of one another are told as one summary, not fifty. A steady
 * stream is still told at least every `maxWaitMs`, so nothing waits for long.
 */
export interface BatchTiming {
  /** How long after the last notice the batch is told. */
  quietMs: number;
  /** The longest a notice waits, however many follow it. */
  maxWaitMs: number;
}

export const NOTICE_BATCH_TIMING: BatchTiming = { quietMs: 2_000, maxWaitMs: 10_000 };

export class NoticeBatcher<T> {
  private pending: T[] = [];
  private quiet: ReturnType<typeof setTimeout> | null = null;
  private longest: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly tell: (batch: T[]) => void,
    private readonly timing: BatchTiming = NOTICE_BATCH_TIMING,
  ) {}

  add(item: T): void {
    this.pending.push(item);
    if (this.quiet) clearTimeout(this.quiet);
    this.quiet = setTimeout(() => this.flush(), this.timing.quietMs);
    this.longest ??= setTimeout(() => this.flush(), this.timing.maxWaitMs);
  }

  /** Tells what is waiting now (also when Faxdesk quits). */
  flush(): void {
    if (this.quiet) clearTimeout(this.quiet);
    if (this.longest) clearTimeout(this.longest);
    this.quiet = null;
    this.longest = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0) this.tell(batch);
  }

  /** Drops what is waiting, untold. */
  stop(): void {
    this.pending = [];
    this.flush();
  }
}
