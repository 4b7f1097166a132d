/**
 * Receiving, as part of the outbox's pass (outbox.ts calls `pass`), so there is no second
 * poller: only the process holding the outbox lease receives, Telnyx's pauses hold it back like
 * sending, and the request count stays flat in the number of faxes. Each pass lists new faxes
 * when a listing is due (inbox-listing.ts), asks about faxes still being received when each is
 * due, and starts the downloads (archiver.ts) and the words index (text-indexer.ts) beside it.
 */
import type { Connectivity } from '../outbox/connectivity';
import { toFailure } from '../outbox/failure';
import type { ReceivedRecord } from '../store/received-records';
import type { ReceivedTable } from '../store/received-table';
import type { TelnyxClient } from '../telnyx/client';
import type { Archiver } from './archiver';
import type { InboxIntake } from './inbox-intake';
import type { InboxListing } from './inbox-listing';
import type { TextIndexer } from './text-indexer';

export interface ReceiverDeps {
  table: ReceivedTable;
  intake: InboxIntake;
  listing: InboxListing;
  archiver: Archiver;
  /** Absent until a text reader is given to the engine. */
  indexer: TextIndexer | null;
  connectivity: Connectivity;
  client: () => Promise<TelnyxClient>;
  now: () => number;
  log: (message: string, error?: unknown) => void;
  changed: (fax: ReceivedRecord) => void;
}

/** Faxes still being received that are asked about in one pass. */
const MOST_FOLLOWED = 50;

export class Receiver {
  constructor(private readonly deps: ReceiverDeps) {}

  /**
   * One pass: `force` (for `faxdesk sync`) lists whether or not a listing is due and waits for
   * the downloads and the words; otherwise they run beside the outbox.
   */
  async pass(force: boolean): Promise<void> {
    const { connectivity, archiver, indexer, log } = this.deps;
    if (connectivity.waitMs() > 0) return;
    let client: TelnyxClient | null = null;
    try {
      client = await this.deps.client();
    } catch {
      // Not connected: nothing to list yet.
    }
    if (client) {
      await this.deps.listing
        .list(client, force)
        .catch((error: unknown) => log(`Listing received faxes failed: ${toFailure(error).message}`));
      await this.follow(client);
    }
    if (force) {
      await archiver.run();
      await indexer?.run();
    } else {
      archiver.kick();
      indexer?.kick();
    }
  }

  async stop(): Promise<void> {
    await this.deps.archiver.stop();
    await this.deps.indexer?.stop();
  }

  /** Faxes Telnyx is still receiving, each on its own schedule until final. */
  private async follow(client: TelnyxClient): Promise<void> {
    const { table, intake, connectivity, now, changed } = this.deps;
    for (const fax of table.following(now(), MOST_FOLLOWED)) {
      if (connectivity.waitMs() > 0) return;
      try {
        intake.see(await client.retrieveFax(fax.telnyxFaxId));
      } catch (error) {
        const failure = toFailure(error);
        if (failure.code === null) throw failure.error;
        if (failure.code === 'not_found') {
          changed(
            table.update(
              fax.id,
              { archiveState: 'none', nextCheckAt: null },
              'Telnyx no longer has this fax, so how it ended cannot be known.',
            ),
          );
          continue;
        }
        table.update(fax.id, { nextCheckAt: now() + 60_000 });
        if (connectivity.get().online === false) return;
      }
    }
  }
}
