/**
 * The account's connections, which a phone number's `connection_id` points at: its fax
 * applications (whose id is also the `connection_id` faxes are sent with) and the seeded voice
 * connection. Also where new connection ids come from: Telnyx's are 19-digit strings ("IntId").
 */
import { randomInt } from 'node:crypto';
import { SEED_VOICE_CONNECTION } from './seed';
import type { SandboxStore } from './store';

export interface Connection {
  id: string;
  name: string;
}

export function connectionWithId(store: SandboxStore, id: string): Connection | undefined {
  if (id === SEED_VOICE_CONNECTION.id) return SEED_VOICE_CONNECTION;
  const app = store.faxApplications.find((a) => a.id === id);
  return app && { id: app.id, name: app.application_name };
}

/** A fresh id no connection or number of the account uses. */
export function newConnectionId(store: SandboxStore): string {
  const taken = new Set([
    SEED_VOICE_CONNECTION.id,
    ...store.faxApplications.map((a) => a.id),
    ...store.phoneNumbers.map((n) => n.id),
  ]);
  for (;;) {
    // 19 digits without a leading zero, like the seeded ids (randomInt spans at most 2^48 at once).
    const id = `${randomInt(100_000_000, 1_000_000_000)}${String(randomInt(0, 10_000_000_000)).padStart(10, '0')}`;
    if (!taken.has(id)) return id;
  }
}
