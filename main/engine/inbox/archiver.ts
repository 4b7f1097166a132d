/**
 * Archive on sight: downloads each received fax's document as soon as Telnyx has it (its link
 * is documented to expire in 10 minutes), reads it through the bounded reader as a dropped file
 * is read, stores it by content hash, and then — in one transaction — writes the document row,
 * the fax's archived state and the timeline line. A fax is archived once by its Telnyx id,
 * whatever happens in between: the file is named by its content, so a crash after writing it
 * and a second download find the same file, and the transaction archives only a fax that is
 * not archived yet.
 *
 * An expired link is renewed (refresh, then retrieve) and fetched again. Any other failure
 * leaves the fax "document not downloaded yet — will retry", with the reason in words, and
 * tries again with back-off; nothing is dropped silently. A document the reader will not take
 * (hostile, damaged) is kept as evidence, marked with the problem, and never shown as readable.
 * With Settings' "delete from Telnyx once archived", the fax is then deleted from Telnyx.
 *
 * Rounds run beside the outbox's passes (kick), never holding up a send; `faxdesk sync` waits
 * for one (run).
 */
import { createHash } from 'node:crypto';
import type { Settings } from '../../../domain/settings';
import type { FileInspection, SourceFile } from '../documents/types';
import type { Connectivity } from '../outbox/connectivity';
import { explainIfDocumentError } from '../outbox/intake';
import { toFailure } from '../outbox/failure';
import { backoff, type OutboxPolicy } from '../outbox/policy';
import type { Db } from '../store/database';
import type { DocumentArchive } from '../store/document-archive';
import type { DocumentTable } from '../store/document-table';
import type { DocumentText } from '../store/document-text';
import type { ReceivedRecord } from '../store/received-records';
import type { ReceivedTable } from '../store/received-table';
import type { TelnyxClient } from '../telnyx/client';
import type { InboxIntake } from './inbox-intake';
import { downloadDocument, DownloadProblem } from './media-download';

export interface ArchiverDeps {
  db: Db;
  table: ReceivedTable;
  documents: DocumentTable;
  text: DocumentText;
  archive: DocumentArchive;
  intake: InboxIntake;
  /** The bounded reader's inspection (documents/processor.ts). */
  inspect: (file: SourceFile) => Promise<FileInspection>;
  settings: () => Settings;
  policy: Pick<OutboxPolicy, 'inboxDownloadTimeoutMs' | 'inboxRetryMinMs' | 'inboxRetryMaxMs'>;
  connectivity: Connectivity;
  client: () => Promise<TelnyxClient>;
  now: () => number;
  random: () => number;
  log: (message: string, error?: unknown) => void;
  changed: (fax: ReceivedRecord) => void;
  /** Downloads go through this; tests give one that fails. */
  fetch?: typeof fetch;
}

/** Faxes archived (and deleted from Telnyx) per round. */
const PER_ROUND = 20;

export class Archiver {
  private round: Promise<void> | null = null;

  constructor(private readonly deps: ArchiverDeps) {}

  /** Starts a round in the background unless one is running. */
  kick(): void {
    if (this.round) return;
    void this.run().catch((error: unknown) => this.deps.log('Archiving received faxes failed.', error));
  }

  /** One full round, after any round already running. */
  async run(): Promise<void> {
    while (this.round) await this.round.catch(() => undefined);
    this.round = this.work().finally(() => (this.round = null));
    return this.round;
  }

  async stop(): Promise<void> {
    await this.round?.catch(() => undefined);
  }

  private async work(): Promise<void> {
    const { table, connectivity, now } = this.deps;
    const downloads = table.downloadsDue(now(), PER_ROUND);
    const deletes = table.telnyxDeletesDue(now(), PER_ROUND);
    if ((downloads.length === 0 && deletes.length === 0) || connectivity.waitMs() > 0) return;
    let client: TelnyxClient;
    try {
      client = await this.deps.client();
    } catch {
      return; // not connected: the faxes wait for the account
    }
    for (const fax of downloads) {
      if (connectivity.waitMs() > 0) return;
      await this.archiveOne(client, fax);
    }
    for (const fax of deletes) {
      if (connectivity.waitMs() > 0) return;
      await this.deleteAtTelnyx(client, fax);
    }
  }

  private async archiveOne(client: TelnyxClient, fax: ReceivedRecord): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = await this.download(client, fax);
    } catch (error) {
      this.downloadFailed(fax, error);
      return;
    }
    const name = `fax-from-${fax.from.replace(/[^\d+]/g, '') || 'unknown'}-${fax.telnyxFaxId}.pdf`;
    let inspection: FileInspection | null = null;
    let problem: string | null = null;
    try {
      inspection = await this.deps.inspect({ name, bytes });
    } catch (error) {
      const failure = toFailure(explainIfDocumentError(error));
      problem = `Faxdesk could not read the received document safely, so it is kept but not shown: ${failure.message}`;
    }
    this.store(fax, bytes, name, inspection, problem);
  }

  /** The document's bytes, renewing an expired link once. */
  private async download(client: TelnyxClient, fax: ReceivedRecord): Promise<Uint8Array> {
    const options = {
      apiBase: client.apiBase,
      timeoutMs: this.deps.policy.inboxDownloadTimeoutMs,
      ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
    };
    const link = this.deps.intake.takeLink(fax.telnyxFaxId) ?? (await this.currentLink(client, fax));
    try {
      return await downloadDocument(link, options);
    } catch (error) {
      if (!(error instanceof DownloadProblem) || error.kind !== 'expired') throw error;
      await client.refreshFax(fax.telnyxFaxId);
      this.deps.table.update(fax.id, {}, 'The download link had expired; Faxdesk asked Telnyx for a new one.');
      return downloadDocument(await this.currentLink(client, fax), options);
    }
  }

  private async currentLink(client: TelnyxClient, fax: ReceivedRecord): Promise<string> {
    this.deps.intake.see(await client.retrieveFax(fax.telnyxFaxId));
    const link = this.deps.intake.takeLink(fax.telnyxFaxId);
    if (!link) throw new DownloadProblem('failed', 'Telnyx did not give a link to the document.');
    return link;
  }

  /** Writes the file, then the records in one transaction; only a fax not yet archived is archived. */
  private store(
    fax: ReceivedRecord,
    bytes: Uint8Array,
    name: string,
    inspection: FileInspection | null,
    problem: string | null,
  ): void {
    const { db, table, documents, text, archive, settings, now, changed } = this.deps;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = archive.put(bytes, sha256);
    const pages = inspection?.pages ?? fax.pages ?? 0;
    const deleteAtTelnyx = settings().deleteReceivedFromTelnyx;
    const archived = db.transaction(() => {
      if (table.require(fax.id).archiveState === 'archived') return false;
      const documentId = documents.add({ sha256, path, pages, bytes: bytes.byteLength, sourceNames: [name] });
      // An unreadable document's words are not read either: it never goes near the text reader.
      if (problem) text.failed(documentId, problem);
      table.patch(
        fax.id,
        {
          archiveState: 'archived',
          documentId,
          pages,
          documentProblem: problem,
          downloadProblem: null,
          nextDownloadAt: null,
          telnyxDeleteAt: deleteAtTelnyx ? now() : null,
        },
        problem ?? `Archived: ${pages} page${pages === 1 ? '' : 's'} kept in the data folder.`,
      );
      return true;
    })();
    if (archived) changed(table.require(fax.id));
  }

  private downloadFailed(fax: ReceivedRecord, error: unknown): void {
    const { table, policy, now, random, log, changed } = this.deps;
    const failure = toFailure(error);
    if (failure.code === 'not_found') {
      changed(
        table.update(
          fax.id,
          {
            archiveState: 'none',
            nextDownloadAt: null,
            downloadProblem: 'Telnyx no longer has this fax or its document.',
          },
          'Telnyx no longer has this fax, so its document cannot be downloaded.',
        ),
      );
      return;
    }
    if (error instanceof DownloadProblem && error.kind === 'refused') {
      changed(
        table.update(
          fax.id,
          { archiveState: 'none', nextDownloadAt: null, downloadProblem: error.message },
          error.message,
        ),
      );
      return;
    }
    if (failure.code === null && !(error instanceof DownloadProblem)) throw failure.error;
    const failures = fax.downloadFailures + 1;
    const wait = Math.max(
      backoff(failures, policy.inboxRetryMinMs, policy.inboxRetryMaxMs, random),
      failure.telnyx?.retryAfterMs ?? 0,
    );
    const reason = failure.message;
    // The timeline says so the first time; later tries only update the words shown.
    changed(
      table.update(
        fax.id,
        { downloadProblem: reason, downloadFailures: failures, nextDownloadAt: now() + wait },
        failures === 1 ? `Document not downloaded yet — Faxdesk will retry: ${reason}` : undefined,
      ),
    );
    log(`Could not download received fax ${fax.telnyxFaxId} (try ${failures}): ${reason}`);
  }

  private async deleteAtTelnyx(client: TelnyxClient, fax: ReceivedRecord): Promise<void> {
    const { table, policy, now, random, changed } = this.deps;
    try {
      await client.deleteFax(fax.telnyxFaxId);
    } catch (error) {
      const failure = toFailure(error);
      if (failure.code === null) throw failure.error;
      if (failure.code !== 'not_found') {
        const wait = backoff(fax.downloadFailures + 1, policy.inboxRetryMinMs, policy.inboxRetryMaxMs, random);
        table.update(fax.id, { telnyxDeleteAt: now() + wait });
        return;
      }
    }
    changed(
      table.update(
        fax.id,
        { telnyxDeleteAt: null, deletedAtTelnyx: now() },
        'Deleted from Telnyx once archived, as Settings ask. Faxdesk keeps its copy.',
      ),
    );
  }
}
