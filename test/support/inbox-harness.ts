/** Helpers for receiving tests: run receiving passes until a received fax is as a test needs it. */
import type { Engine } from '../../main/engine/engine';
import type { ReceivedFax } from '../../main/engine/inbox/inbox-api';

/** Lists and archives again and again until the fax with this Telnyx id passes `done`. */
export async function receiveUntil(
  engine: Engine,
  telnyxFaxId: string,
  done: (fax: ReceivedFax) => boolean,
  timeoutMs = 15_000,
): Promise<ReceivedFax> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await engine.inbox.receive();
    const fax = receivedByTelnyxId(engine, telnyxFaxId);
    if (fax && done(fax)) return fax;
    if (Date.now() > deadline) throw new Error(`received fax not as expected: ${JSON.stringify(fax)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function receivedByTelnyxId(engine: Engine, telnyxFaxId: string): ReceivedFax | null {
  return engine.inbox.list({ limit: 10_000 }).items.find((fax) => fax.telnyxFaxId === telnyxFaxId) ?? null;
}
