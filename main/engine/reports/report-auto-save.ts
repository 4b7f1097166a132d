/**
 * Settings: "Save every report into a folder". When a fax ends — a sent fax reaches a final
 * state, a received one is received and archived (or failed) — its report is written into the
 * folder, exactly once per fax: never twice in one run, and never over a file that is there
 * (the file name holds the fax's id, so a report saved before a restart is not written again).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FINAL_STATUSES } from '../../../domain/job-status';
import type { ReceivedFax } from '../inbox/inbox-api';
import type { JobRecord } from '../store/job-records';
import type { FaxReport } from './report-service';

export interface ReportAutoSaveDeps {
  /** Settings: reportFolder, read at the moment a fax ends. */
  folder: () => string | null;
  make: (id: string) => Promise<FaxReport>;
  log: (message: string, error?: unknown) => void;
}

export class ReportAutoSave {
  private readonly handled = new Set<string>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly deps: ReportAutoSaveDeps) {}

  sentChanged(job: JobRecord): void {
    if (FINAL_STATUSES.has(job.status)) this.save(job.id);
  }

  receivedChanged(fax: ReceivedFax): void {
    const ended =
      fax.status === 'failed' ||
      (fax.status === 'received' && (fax.archiveState === 'archived' || fax.archiveState === 'none'));
    if (ended) this.save(fax.id);
  }

  /** Resolves once every report being written is written (the engine waits for it before closing). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private save(id: string): void {
    const folder = this.deps.folder();
    if (!folder || this.handled.has(id)) return;
    this.handled.add(id);
    const writing = this.write(folder, id).finally(() => this.pending.delete(writing));
    this.pending.add(writing);
  }

  private async write(folder: string, id: string): Promise<void> {
    try {
      const report = await this.deps.make(id);
      await writeFile(join(folder, report.fileName), report.pdf, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
      this.deps.log(`Faxdesk could not save the report of fax ${id} into ${folder}.`, error);
    }
  }
}
