/**
 * How many received faxes are unread on this desk, for the Inbox tab. The main process counts
 * (the list on screen holds only the rows in view); the count is asked for when the page starts
 * and again after every change to a received fax, once per burst, and only the answer to the
 * latest question is shown, so a slow early answer never overwrites a later one.
 */
export class UnreadCount {
  private count: number | null = null;
  private asked = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly ask: () => Promise<number>,
    private readonly settleMs = 100,
  ) {}

  /** Asks now (the page started). */
  refresh(): void {
    const question = ++this.asked;
    this.ask().then(
      (count) => {
        if (question === this.asked) this.publish(count);
      },
      () => undefined, // the count stays as it was; the next change asks again
    );
  }

  /** A received fax changed: asks once the burst has passed. */
  changed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refresh();
    }, this.settleMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Null until the main process has answered. */
  readonly getSnapshot = (): number | null => this.count;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private publish(count: number): void {
    if (count === this.count) return;
    this.count = count;
    this.listeners.forEach((listener) => listener());
  }
}
