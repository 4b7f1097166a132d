/**
 * The fax records as the engine uses them: documents, jobs, attempts, their timeline and the
 * history list, behind one object. Each kind of record keeps its own statements, prepared once
 * for the connection (document-table.ts, job-table.ts, attempt-table.ts, timeline.ts,
 * job-list.ts, job-deletion.ts, elsewhere-jobs.ts); this only puts them together, so the outbox,
 * the tracker and the engine's handlers each take one store.
 */
import { AttemptTable, type AttemptAndJob, type AttemptPatch, type JobChange } from './attempt-table';
import type { Db } from './database';
import { DocumentTable, type NewDocument } from './document-table';
import { ElsewhereJobs } from './elsewhere-jobs';
import { JobDeletion } from './job-deletion';
import { JobList, type CountQuery, type ListQuery, type RecentRecipient } from './job-list';
import type { AttemptRecord, DocumentRecord, EventRecord, JobRecord } from './job-records';
import { JobTable, type JobPatch, type NewJob } from './job-table';
import { SearchIndex } from './search-index';
import { Timeline, type EventInput } from './timeline';

export class JobStore {
  private readonly documents: DocumentTable;
  private readonly jobs: JobTable;
  private readonly attemptRows: AttemptTable;
  private readonly timeline: Timeline;
  private readonly history: JobList;
  private readonly deletion: JobDeletion;
  /** Faxes of the account this desk did not send: telling them from its own, and adding them. */
  readonly elsewhere: ElsewhereJobs;

  constructor(db: Db, now: () => number = Date.now) {
    const search = new SearchIndex(db);
    this.timeline = new Timeline(db, now);
    this.documents = new DocumentTable(db, now);
    this.jobs = new JobTable(db, now, this.timeline, search);
    this.attemptRows = new AttemptTable(db, this.jobs, this.timeline, now);
    this.history = new JobList(db);
    this.deletion = new JobDeletion(db, search);
    this.elsewhere = new ElsewhereJobs(db, now, this.jobs, this.timeline, search);
  }

  addDocument(document: NewDocument): number {
    return this.documents.add(document);
  }

  document(id: number): DocumentRecord | null {
    return this.documents.get(id);
  }

  createJobs(jobs: NewJob[]): JobRecord[] {
    return this.jobs.create(jobs);
  }

  get(id: string): JobRecord | null {
    return this.jobs.get(id);
  }

  require(id: string): JobRecord {
    return this.jobs.require(id);
  }

  withIdPrefix(prefix: string, limit?: number): JobRecord[] {
    return this.jobs.withIdPrefix(prefix, limit);
  }

  list(query: ListQuery): JobRecord[] {
    return this.history.list(query);
  }

  count(query: CountQuery): number {
    return this.history.count(query);
  }

  recentRecipients(limit: number): RecentRecipient[] {
    return this.history.recentRecipients(limit);
  }

  events(jobId: string): EventRecord[] {
    return this.timeline.of(jobId);
  }

  attempts(jobId: string): AttemptRecord[] {
    return this.attemptRows.of(jobId);
  }

  latestAttempt(jobId: string): AttemptRecord | null {
    return this.attemptRows.latest(jobId);
  }

  attempt(id: string): AttemptRecord | null {
    return this.attemptRows.get(id);
  }

  due(now: number, limit: number): JobRecord[] {
    return this.jobs.due(now, limit);
  }

  inFlight(): JobRecord[] {
    return this.jobs.inFlight();
  }

  inFlightCount(): number {
    return this.jobs.inFlightCount();
  }

  nextDueAt(): number | null {
    return this.jobs.nextDueAt();
  }

  updateJob(id: string, patch: JobPatch, event?: EventInput): JobRecord {
    return this.jobs.update(id, patch, event);
  }

  startAttempt(jobId: string, patch: JobPatch, event: EventInput): AttemptRecord {
    return this.attemptRows.start(jobId, patch, event);
  }

  /** The attempt as it now stands; with `job`, the job it changed as well. */
  updateAttempt(id: string, patch: AttemptPatch): AttemptRecord;
  updateAttempt(id: string, patch: AttemptPatch, job: JobChange): AttemptAndJob;
  updateAttempt(id: string, patch: AttemptPatch, job?: JobChange): AttemptRecord | AttemptAndJob {
    return job ? this.attemptRows.updateWithJob(id, patch, job) : this.attemptRows.update(id, patch);
  }

  deleteJob(id: string): { path: string } | null {
    return this.deletion.delete(id);
  }
}
