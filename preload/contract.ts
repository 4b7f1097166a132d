/**
 * The IPC contract between the page and the main process.
 *
 * One map from channel name to its request schema and response type; the bridge, the
 * main-side handlers and the renderer all take their types from here, so a channel
 * cannot drift between the two sides. This file is bundled into the sandboxed preload
 * and type-checked as renderer code: it must import nothing under `main/` and no Node API.
 */
import { z } from 'zod';
import type { IpcErrorCode } from '../domain/error-codes';
import { FAX_QUALITIES, type FaxQuality } from '../domain/fax-quality';
import type { JobOrigin } from '../domain/job-origin';
import { MAX_DOCUMENTS, MAX_FILE_BYTES, MAX_RECIPIENTS } from '../domain/send-limits';
import { settingsPatchSchema, type Settings } from '../domain/settings';
import { JOB_STATUSES, type JobStatus, type WaitReason } from '../domain/job-status';
import { E164_HINT, E164_PATTERN } from '../domain/fax-number';
import { RECEIVED_STATUSES, type ArchiveState, type ReceivedStatus } from '../domain/received-fax';

// Domain types that are part of what crosses IPC; their values are imported from domain/.
export type { ArchiveState, FaxQuality, IpcErrorCode, JobStatus, ReceivedStatus, Settings, WaitReason };

/** Errors cross IPC as values, never as thrown strings; their codes are in domain/error-codes.ts. */

export interface IpcError {
  code: IpcErrorCode;
  /** Plain language, fit to show to the person using Faxdesk. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

// ---- Data crossing IPC --------------------------------------------------------------

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  arch: string;
  /** Runtime versions; electron and chrome are null when not running inside Electron. */
  versions: { electron: string | null; chrome: string | null; node: string };
  /** What went wrong while Faxdesk started, most serious first; empty when all is well. */
  startupProblems: StartupProblem[];
}

/**
 * A step of start-up that failed, explained for the person at the desk. What it affects
 * decides what still works: nothing but this explanation (`app`: the engine or its settings
 * could not be made), everything but sending and history (`records`), or everything but the
 * built-in sandbox (`sandbox`).
 */
export interface StartupProblem {
  code: IpcErrorCode;
  affects: 'app' | 'records' | 'sandbox';
  /** A short heading, e.g. "Your fax records are damaged". */
  title: string;
  /** What happened, in plain words. */
  message: string;
  /** What the person can do about it. */
  whatToDo: string;
  /** Where the files concerned are (the records file, the settings file), when it is about a file. */
  location: string | null;
  /** For whoever supports Faxdesk: the underlying error's own words. Never a credential. */
  detail: string;
}

/** Print to fax (Settings): the folder every printer of Faxdesk writes into, and how to set one up here. */
export interface PrintToFaxSetup {
  /** The watched folder, as an absolute path (~/Faxdesk Outbox unless another was chosen). */
  folder: string;
  /**
   * Linux: the shell commands that add the Faxdesk printer with this copy's files, the same as
   * `faxdesk printer install` runs (through sudo); empty elsewhere.
   */
  linuxCommands: string[];
}

/** macOS: where "Fax with Faxdesk" was installed, and the folder it copies into. */
export interface MacServiceInstalled {
  path: string;
  folder: string;
}

export type CredentialKind = 'api_key' | 'key_secret';

/** All the page may ever know about the Telnyx credentials: never the key itself. */
export interface CredentialStatus {
  configured: boolean;
  kind: CredentialKind | null;
  /** The last characters of the key, for recognition, e.g. "…abcd". */
  hint: string | null;
  /** Where they come from: the built-in sandbox, the environment (scripts), or the OS keychain. */
  source: 'sandbox' | 'environment' | 'keychain' | null;
}

export interface PhoneNumberInfo {
  id: string;
  phoneNumber: string;
  status: string;
}

export interface FaxApplicationInfo {
  id: string;
  name: string;
  active: boolean;
  numbers: PhoneNumberInfo[];
}

export interface AccountSummary {
  applications: FaxApplicationInfo[];
  selected: { connectionId: string | null; fromNumber: string | null };
}

/** One fax to one recipient, as lists and the status chip show it. Times are epoch ms. */
export interface JobSummary {
  id: string;
  to: string;
  contactName: string | null;
  /** The address book's name for the number when the fax was queued; kept as it was then. */
  recipientName: string | null;
  from: string;
  status: JobStatus;
  telnyxStatus: string | null;
  telnyxFaxId: string | null;
  /** Null for a fax sent from elsewhere whose page count Telnyx did not report. */
  pages: number | null;
  attempts: number;
  failureReason: string | null;
  /** The failure reason in plain words. */
  failureText: string | null;
  waitReason: WaitReason | null;
  stalled: boolean;
  subject: string | null;
  files: string[];
  scheduledAt: number | null;
  nextActionAt: number | null;
  createdAt: number;
  updatedAt: number;
  lastConfirmedAt: number | null;
  /** Made in sandbox mode: the built-in simulator answered and nothing was faxed. */
  sandbox: boolean;
  /**
   * 'elsewhere': sent on the same Telnyx account by another desk, a script or the portal; shown
   * as "Sent from elsewhere", and not sent again or cancelled from here.
   */
  origin: JobOrigin;
  /** Its document is kept here; false only for a fax from elsewhere Telnyx gave no document for. */
  hasDocument: boolean;
}

export interface JobEvent {
  at: number;
  status: JobStatus;
  telnyxStatus: string | null;
  detail: string;
}

export interface JobDetail {
  job: JobSummary;
  events: JobEvent[];
}

export interface RecentRecipient {
  number: string;
  name: string | null;
  lastUsedAt: number;
}

export interface DocumentInfo {
  kind: 'pdf' | 'png' | 'jpeg' | 'tiff';
  pages: number;
}

/** A file the main process checked and now holds for a send; jobs:create names it by its token. */
export interface StagedDocument extends DocumentInfo {
  token: string;
}

/** Whether Telnyx can be reached, as the outbox last found. */
export interface ConnectivityStatus {
  online: boolean | null;
  lastContactAt: number | null;
  /** Telnyx asked to slow down; nothing is sent before this time. */
  pausedUntil: number | null;
}

export interface JobPage {
  jobs: JobSummary[];
  total: number;
}

/** One received fax, as the inbox list and its detail show it. Times are epoch ms. */
export interface ReceivedFaxSummary {
  id: string;
  telnyxFaxId: string;
  /** The sender's number (E.164, or as Telnyx gave it when it is not a number). */
  from: string;
  /** Which of the account's numbers it came to. */
  to: string;
  /** The caller id the sending machine gave, if any. */
  callerId: string | null;
  /** The address book's name for the sender's number when the fax arrived; kept as it was then. */
  senderName: string | null;
  status: ReceivedStatus;
  failureReason: string | null;
  /** Why the call failed, in plain words. */
  failureText: string | null;
  pages: number | null;
  receivedAt: number;
  callDurationSecs: number | null;
  /** Only part of the fax arrived. */
  partial: boolean;
  archiveState: ArchiveState;
  /** Archived, but not readable as a document (damaged or hostile): kept, never shown. In words. */
  documentProblem: string | null;
  /** Why the last download did not work, in words, while Faxdesk retries. */
  downloadProblem: string | null;
  nextDownloadAt: number | null;
  /** Read on this desk (kept on this desk only). */
  read: boolean;
  deletedAtTelnyx: boolean;
  sandbox: boolean;
  /** Its words have been read and indexed, so a search of the words on its pages can find it. */
  textIndexed: boolean;
  updatedAt: number;
}

export interface ReceivedFaxEvent {
  at: number;
  status: ReceivedStatus;
  detail: string;
}

export interface ReceivedFaxDetail {
  fax: ReceivedFaxSummary;
  events: ReceivedFaxEvent[];
  /** The words of the search it was opened from that its pages contain. */
  matchedWords: string[];
}

export interface ReceivedFaxPage {
  faxes: ReceivedFaxSummary[];
  total: number;
}

/** A received fax's archived document, for the page viewer. */
export interface ReceivedDocument {
  bytes: Uint8Array;
  pages: number | null;
}

/** A received fax put in front of Send: held in the main process like a dropped file. */
export interface ForwardedDocument extends StagedDocument {
  name: string;
  bytes: Uint8Array;
}

/** One labelled fax number of a contact, E.164 (the engine normalises it). */
export interface ContactNumber {
  number: string;
  /** "Work", "Home"… as the person or the imported file named it; null for none. */
  label: string | null;
}

/** One contact of the address book. Times are epoch ms. */
export interface ContactView {
  id: string;
  name: string;
  organization: string | null;
  /** At least one; the first is the one a group fax goes to. */
  faxNumbers: ContactNumber[];
  phone: string | null;
  notes: string | null;
  /** The names of its groups, alphabetical. */
  groups: string[];
  createdAt: number;
  updatedAt: number;
}

export interface ContactGroupView {
  id: string;
  name: string;
  memberCount: number;
}

export interface ContactPageView {
  items: ContactView[];
  total: number;
}

/** A suggestion while a recipient is typed in Send: one contact's number, or a whole group. */
export type RecipientSuggestionView =
  | {
      kind: 'contact';
      contactId: string;
      name: string;
      organization: string | null;
      number: string;
      label: string | null;
    }
  | { kind: 'group'; groupId: string; name: string; numbers: string[] };

/** A contact an import would write, as its preview lists it. */
export interface ImportedContactView {
  name: string;
  organization: string | null;
  faxNumbers: ContactNumber[];
  groups: string[];
}

/**
 * What importing the file the person chose would do, before anything is written; the file stays
 * in the main process under `token` until contacts:importCommit or contacts:importCancel.
 */
export interface ContactImportPreview {
  token: string;
  /** The file's name (never its folder). */
  fileName: string;
  format: 'csv' | 'vcard';
  /** CSV only: the layout recognised by its header row. */
  layout: 'outlook' | 'google' | 'plain' | null;
  /** Which column means what (CSV). */
  columns: { name: string; meaning: string }[];
  /** How many contacts the file gives, merged by number. */
  contactCount: number;
  /** The first of them, for the preview (at most CONTACT_PREVIEW_ROWS). */
  contacts: ImportedContactView[];
  /** How many of them match an existing contact by fax number and will be merged into it. */
  mergeCount: number;
  /** Every row or card that will not be imported, and why. */
  skipped: { row: number; reason: string }[];
}

export interface ContactImportResult {
  added: number;
  merged: number;
  skipped: { row: number; reason: string }[];
}

/** How many imported contacts a preview lists; the rest are counted. */
export const CONTACT_PREVIEW_ROWS = 200;

/** The watched folder as the main process runs it (main/app/watch-folder-host.ts). */
export interface WatchFolderStatus {
  /** The folder watched when the setting is on: the chosen one, or ~/Faxdesk Outbox. */
  folder: string;
  /** Faxdesk is watching it now. */
  watching: boolean;
  /** Why it is not watched although the setting is on, in words; null otherwise. */
  problem: string | null;
  /** The rule for files named with a fax number, in the words Settings shows. */
  numberRule: string;
}

/** Files handed to Faxdesk ("Open with Faxdesk", a second launch), staged for Send. */
export interface HandedDocuments {
  documents: ForwardedDocument[];
  /** One sentence for each file that could not be added, saying why. */
  problems: string[];
}

// ---- Request schemas ---------------------------------------------------------------

const secretText = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is empty`)
    .max(512, `${label} is too long`)
    .regex(/^[\x21-\x7e]+$/, `${label} has characters a Telnyx key never contains`);

export const saveCredentialsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('api_key'), apiKey: secretText('The API key') }),
  z.object({ kind: z.literal('key_secret'), keyId: secretText('The key'), secret: secretText('The secret') }),
]);

const MB = 1024 * 1024;

const jobId = z.object({ id: z.uuid() }).strict();

const documentSchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    bytes: z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength <= MAX_FILE_BYTES, `is larger than ${MAX_FILE_BYTES / MB} MB`),
  })
  .strict();

/** What documents:stage answers with: 32 random bytes, base64url. */
const stagedToken = z.string().regex(/^[\w-]{43}$/, 'is not a token documents:stage gave');

/** Tokens of staged documents, in the order they are faxed; 100 MB together at most (checked on the main side). */
const stagedDocuments = z.array(stagedToken).min(1, 'add at least one document').max(MAX_DOCUMENTS);
const recipientSchema = z.object({
  number: z.string().trim().min(1).max(40),
  name: z.string().trim().max(100).nullish(),
});
const coverSchema = z.object({ subject: z.string().max(200).nullish(), message: z.string().max(5000).nullish() });

export const createJobsSchema = z
  .object({
    documents: stagedDocuments,
    recipients: z.array(recipientSchema).min(1, 'add at least one fax number').max(MAX_RECIPIENTS),
    cover: coverSchema.nullish(),
    quality: z.enum(FAX_QUALITIES).optional(),
    scheduledAt: z.number().int().nonnegative().nullish(),
  })
  .strict();

/** A send's document as its first recipient will get it (documents:preview): the same files, cover and recipient. */
export const previewDocumentSchema = z
  .object({
    documents: stagedDocuments,
    /** The first recipient, or none yet. */
    recipient: recipientSchema.nullish(),
    cover: coverSchema.nullish(),
  })
  .strict();

export const listJobsSchema = z
  .object({
    status: z.array(z.enum(JOB_STATUSES)).max(JOB_STATUSES.length).optional(),
    search: z.string().max(200).optional(),
    /** The id of the last job of the previous page. */
    before: z.uuid().optional(),
    /** Or where the page starts (0 = the newest), for a view that jumps far ahead. */
    offset: z.number().int().min(0).max(100_000_000).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    createdFrom: z.number().int().optional(),
    createdTo: z.number().int().optional(),
  })
  .strict()
  .refine((query) => query.before === undefined || query.offset === undefined, 'takes before or offset, not both');

const faxId = z.object({ id: z.uuid() }).strict();
const e164 = z.string().regex(E164_PATTERN, E164_HINT);

export const listInboxSchema = z
  .object({
    unread: z.boolean().optional(),
    status: z.array(z.enum(RECEIVED_STATUSES)).max(RECEIVED_STATUSES.length).optional(),
    search: z.string().max(200).optional(),
    /** Only faxes to these of the account's numbers. */
    to: z.array(e164).max(100).optional(),
    /** The id of the last fax of the previous page. */
    before: z.uuid().optional(),
    offset: z.number().int().min(0).max(100_000_000).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict()
  .refine((query) => query.before === undefined || query.offset === undefined, 'takes before or offset, not both');

export const inboxDetailSchema = z.object({ id: z.uuid(), search: z.string().max(200).optional() }).strict();

/** A contact is named by its UUID, as a fax is. */
const contactId = faxId;
const groupId = z.string().trim().min(1).max(100);
const shortText = (max: number) => z.string().trim().max(max).nullish();

/** A contact as the form sends it; the engine checks and normalises the numbers. */
export const contactDraftSchema = z
  .object({
    name: z.string().trim().min(1, 'give the contact a name').max(200),
    organization: shortText(200),
    faxNumbers: z
      .array(z.object({ number: z.string().trim().min(1).max(40), label: shortText(60) }).strict())
      .min(1, 'add at least one fax number')
      .max(20),
    phone: shortText(40),
    notes: shortText(5000),
    groups: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  })
  .strict();

export const listContactsSchema = z
  .object({
    search: z.string().max(200).optional(),
    groupId: groupId.optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();

/** What contacts:importChoose answers with: 32 random bytes, base64url. */
const importToken = z
  .object({ token: z.string().regex(/^[\w-]{43}$/, 'is not a token contacts:importChoose gave') })
  .strict();

// ---- Channels ----------------------------------------------------------------------

/**
 * Declares a channel: its request schema, and its response type as a phantom
 * (`channel(schema).returns<T>()`), so that each channel below is one line.
 */
function channel<Req extends z.ZodType>(request: Req) {
  return {
    returns: <Res>(): { request: Req; response: Res } => ({ request, response: undefined as Res }),
  };
}

/** Channels that take no input accept only `undefined`. */
const noInput = z.undefined();

export const contract = {
  'app:info': channel(noInput).returns<AppInfo>(),
  'credentials:status': channel(noInput).returns<CredentialStatus>(),
  'credentials:save': channel(saveCredentialsSchema).returns<CredentialStatus>(),
  'credentials:clear': channel(noInput).returns<CredentialStatus>(),
  'sandbox:set': channel(z.object({ enabled: z.boolean() }).strict()).returns<CredentialStatus>(),
  'account:discover': channel(noInput).returns<AccountSummary>(),
  'settings:get': channel(noInput).returns<Settings>(),
  'settings:update': channel(settingsPatchSchema).returns<Settings>(),
  /** The confidentiality notice Faxdesk ships with, to offer again after it was changed or switched off. */
  'settings:standardNotice': channel(noInput).returns<string>(),
  'jobs:create': channel(createJobsSchema).returns<JobSummary[]>(),
  'jobs:list': channel(listJobsSchema).returns<JobPage>(),
  'jobs:detail': channel(jobId).returns<JobDetail>(),
  'jobs:cancel': channel(jobId).returns<JobSummary>(),
  'jobs:resend': channel(jobId).returns<JobSummary>(),
  'jobs:delete': channel(jobId).returns<null>(),
  'jobs:openDocument': channel(jobId).returns<null>(),
  'jobs:recentRecipients': channel(noInput).returns<RecentRecipient[]>(),
  /** Checks a file and holds it in the main process for a send (main/app/staged-documents.ts). */
  'documents:stage': channel(documentSchema).returns<StagedDocument>(),
  /** Lets staged files go: removed from the list, or the send form closed. */
  'documents:release': channel(z.object({ tokens: z.array(stagedToken).max(100) }).strict()).returns<null>(),
  /**
   * The PDF a send of these staged files would make for its first recipient, cover page
   * included, made as the send would make it; nothing is queued or sent. At most what one fax
   * can upload.
   */
  'documents:preview': channel(previewDocumentSchema).returns<Uint8Array>(),
  /** The files handed to Faxdesk since last asked, staged as documents:stage does (main/app/handed-files.ts). */
  'documents:takeHanded': channel(noInput).returns<HandedDocuments>(),
  'connectivity:status': channel(noInput).returns<ConnectivityStatus>(),
  'inbox:list': channel(listInboxSchema).returns<ReceivedFaxPage>(),
  'inbox:detail': channel(inboxDetailSchema).returns<ReceivedFaxDetail>(),
  'inbox:markRead': channel(z.object({ id: z.uuid(), read: z.boolean() }).strict()).returns<ReceivedFaxSummary>(),
  'inbox:unreadCount': channel(noInput).returns<number>(),
  /** The archived document's bytes, for the page viewer; only for an archived fax, and bounded. */
  'inbox:document': channel(faxId).returns<ReceivedDocument>(),
  /** Saves a copy where the person chooses in a native dialog; false when they cancelled it. */
  'inbox:saveCopy': channel(faxId).returns<boolean>(),
  /** Holds the archived document for a send, as documents:stage does a dropped file. */
  'inbox:forward': channel(faxId).returns<ForwardedDocument>(),
  /** Where the printers write, and the Linux commands that add the Faxdesk printer. */
  'print:setup': channel(noInput).returns<PrintToFaxSetup>(),
  /** macOS only: puts "Fax with Faxdesk" into ~/Library/PDF Services, pointed at the watched folder. */
  'print:installMacService': channel(noInput).returns<MacServiceInstalled>(),
  'contacts:list': channel(listContactsSchema).returns<ContactPageView>(),
  'contacts:get': channel(contactId).returns<ContactView>(),
  'contacts:save': channel(
    z.object({ draft: contactDraftSchema, id: z.uuid().optional() }).strict(),
  ).returns<ContactView>(),
  'contacts:remove': channel(contactId).returns<null>(),
  'contacts:groups': channel(noInput).returns<ContactGroupView[]>(),
  'contacts:renameGroup': channel(
    z.object({ id: groupId, name: z.string().trim().min(1, 'give the group a name').max(100) }).strict(),
  ).returns<ContactGroupView>(),
  'contacts:removeGroup': channel(z.object({ id: groupId }).strict()).returns<null>(),
  /** Contacts and groups matching what is typed in Send's recipients field. */
  'contacts:suggest': channel(
    z.object({ typed: z.string().max(100), limit: z.number().int().min(1).max(50).optional() }).strict(),
  ).returns<RecipientSuggestionView[]>(),
  /**
   * Asks for a CSV or vCard file in a native dialog and reads it in the main process (20 MB at
   * most); null when the person cancelled. The page never names a path.
   */
  'contacts:importChoose': channel(noInput).returns<ContactImportPreview | null>(),
  /** Writes what the preview showed. */
  'contacts:importCommit': channel(importToken).returns<ContactImportResult>(),
  'contacts:importCancel': channel(importToken).returns<null>(),
  /** Saves every contact as CSV or vCard where the person chooses in a native dialog; false when cancelled. */
  'contacts:export': channel(z.object({ format: z.enum(['csv', 'vcard']) }).strict()).returns<boolean>(),
  'watch:status': channel(noInput).returns<WatchFolderStatus>(),
  /** The person chooses the watched folder in a native dialog; the status as it is after. */
  'watch:chooseFolder': channel(noInput).returns<WatchFolderStatus>(),
  /** Saves a sent or received fax's report where the person chooses in a native dialog; false when cancelled. */
  'reports:save': channel(faxId).returns<boolean>(),
  /** Settings: every report saved into a folder the person chooses in a native dialog; the settings after. */
  'reports:chooseFolder': channel(noInput).returns<Settings>(),
  'reports:stopSavingToFolder': channel(noInput).returns<Settings>(),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

// ---- Events (main -> page) ---------------------------------------------------------

export interface Events {
  'credentials.changed': CredentialStatus;
  'job.updated': JobSummary;
  /** A fax was deleted from history (here or by the command line). */
  'job.deleted': { id: string };
  'connectivity.changed': ConnectivityStatus;
  /** A received fax is new or changed: its status, its document, read or unread. */
  'inbox.updated': ReceivedFaxSummary;
  /** Contacts or groups changed (here, by an import or by the command line): lists read them again. */
  'contacts.changed': null;
  /** A file from the watched folder, checked and held like a dropped file, to open in Send. */
  'watch.file': ForwardedDocument;
  /** Files were handed to Faxdesk; the page takes them into Send with documents:takeHanded. */
  'documents.handed': { count: number };
  /** A notification was clicked: show that fax, or (faxId null) the list it is in. */
  'app.openFax': { direction: 'sent' | 'received'; faxId: string | null };
}
export type EventName = keyof Events;

// ---- Transport ---------------------------------------------------------------------

/**
 * How the bridge reaches the main process. In the app this is ipcRenderer; in the
 * browser tests it is a Playwright binding to the same handlers in the test process.
 */
export interface Transport {
  invoke(channel: Channel, payload: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}
