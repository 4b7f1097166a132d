/**
 * Whether Telnyx can be reached, as the page shows it (the status bar and the history's
 * banner read the same one). Reports carry no sequence number, so the rule is by arrival:
 * the main process sends `connectivity.changed` events in the order the outbox saw the
 * changes, so the last event to arrive is the newest. The answer to `connectivity:status`
 * is taken only while no event has arrived: an event that overtook it is at least as new,
 * and a change after the answer was made always comes as an event of its own.
 */
import type { ConnectivityStatus } from '../../../preload/contract';

export class ConnectivitySource {
  private status: ConnectivityStatus | null = null;
  private heardEvent = false;
  private readonly listeners = new Set<() => void>();

  /** The answer to connectivity:status. */
  answered(status: ConnectivityStatus): void {
    if (this.heardEvent) return;
    this.publish(status);
  }

  /** A connectivity.changed event. */
  changed(status: ConnectivityStatus): void {
    this.heardEvent = true;
    this.publish(status);
  }

  readonly getSnapshot = (): ConnectivityStatus | null => this.status;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private publish(status: ConnectivityStatus): void {
    this.status = status;
    this.listeners.forEach((listener) => listener());
  }
}
