/**
 * The composition root: builds every engine service from one config object. The Electron
 * shell, the CLI and the tests all create the engine here, so they run the same code.
 */
import { join } from 'node:path';
import { AccountConnection, type AccountEnvironment } from './account/account-connection';
import { discoverAccount } from './account/discovery';
import type { ContactsApi } from './contacts/contacts-api';
import { createContactsService } from './contacts/contacts-service';
import { inlineProcessor, readerProcessor } from './documents/processor';
import { systemTimeZone } from './documents/zoned-time';
import type { ReaderLauncher } from './documents/reader-port';
import { Archiver } from './inbox/archiver';
import type { InboxApi } from './inbox/inbox-api';
import { InboxIntake } from './inbox/inbox-intake';
import { InboxListing } from './inbox/inbox-listing';
import { createInboxService, InboxEvents, type InboxRecords } from './inbox/inbox-service';
import { Receiver } from './inbox/receiver';
import { ReportAutoSave } from './reports/report-auto-save';
import { createReportService } from './reports/report-service';
import { TextIndexer, type ReadText } from './inbox/text-indexer';
import { createJobsService, JobEvents, type JobRecords } from './jobs-service';
import { Connectivity } from './outbox/connectivity';
import { explainIfDocumentError } from './outbox/fax-document';
import { OutboundElsewhere } from './inbox/outbound-elsewhere';
import { Outbox } from './outbox/outbox';
import { defaultOutboxPolicy, type OutboxPolicy } from './outbox/policy';
import { noOneToAsk, VolumeGuard, type ConfirmLargeBatch } from './outbox/volume-guard';
import type { SecretStore } from './secrets/secret-store';
import { openDatabase, type Db } from './store/database';
import { DocumentArchive } from './store/document-archive';
import { DocumentTable } from './store/document-table';
import { DocumentText } from './store/document-text';
import { JobStore } from './store/job-store';
import { ReceivedHistory } from './store/received-history';
import { ReceivedList } from './store/received-list';
import { ReceivedTable } from './store/received-table';
import { SendLedger } from './store/send-ledger';
import { confSettingsBackend, SettingsStore, type SettingsBackend } from './store/settings';
import { SyncCursors } from './store/sync-cursors';
import { WatchedFiles } from './store/watched-files';
import { tightenDataFolder } from './store/private-files';
import type { TelnyxClientOptions } from './telnyx/client';
import { TelnyxClock } from './telnyx/server-clock';
import { systemMonotonicClock, type MonotonicClock } from './time/monotonic-clock';
import type { Settings } from '../../domain/settings';

export interface EngineConfig {
  /** The data folder: app.getPath('userData') in the app, FAXDESK_HOME for the CLI and tests. */
  dataDir: string;
  secretStore: SecretStore;
  /** electron-store in the app; conf on `<dataDir>/settings.json` when omitted. */
  settingsBackend?: SettingsBackend;
  environment?: AccountEnvironment;
  /** Client tuning (timeouts, page size), mostly for tests. */
  telnyx?: Partial<TelnyxClientOptions>;
  /** Outbox timing; redial settings come from the settings unless given here. */
  policy?: Partial<OutboxPolicy>;
  /**
   * Starts the document reader process (a utility process in the app, a forked Node in the
   * CLI): files are then read there, within a time and memory budget. Without it, in-process.
   */
  documentReader?: ReaderLauncher;
  /**
   * Asks the person before a large send (outbox/volume-guard.ts): a native dialog in the app,
   * the terminal in the CLI. Without it, large sends are refused in words.
   */
  confirmLargeBatch?: ConfirmLargeBatch;
  /** The records' SQLite native module, when not better-sqlite3's own: tests use a broken one. */
  sqliteNativeBinding?: string;
  /** The desk's wall clock; tests set it wrong, or move it, to play a drifting office PC. */
  now?: () => number;
  /** The clock durations are measured on; the system's monotonic clock unless a test gives one. */
  monotonic?: MonotonicClock;
  random?: () => number;
  log?: (message: string, error?: unknown) => void;
  /**
   * Reads the words on a document's pages (text layer, or OCR) for search, in the document
   * reader. Without it, documents wait for their words (the search still finds faxes by
   * their numbers, names and subjects).
   */
  readText?: ReadText;
  /** How received documents are downloaded from their signed links; tests give a failing one. */
  mediaFetch?: typeof fetch;
  /**
   * The name for an E.164 number kept with each fax as it goes or arrives: the engine's own
   * address book (engine.contacts.nameFor) unless a test gives another lookup.
   */
  nameFor?: (number: string) => string | null;
  /**
   * The desk's IANA time zone: covers are dated in it and it is kept with each fax, so its report
   * reads the same on any computer. The computer's own when not given.
   */
  timeZone?: string;
}

export function createEngine(config: EngineConfig) {
  // First, before conf would make a missing folder 0755: the data folder is private (DESIGN.md §5).
  const privacy = tightenDataFolder(config.dataDir);
  const now = config.now ?? Date.now;
  const monotonic = config.monotonic ?? systemMonotonicClock;
  const timeZone = config.timeZone ?? systemTimeZone();
  // Looked up at the moment of use, in the address book unless a lookup is given. A name is a
  // nicety: a lookup that fails never stops a fax going out or being archived.
  const nameFor = (number: string): string | null => {
    try {
      return config.nameFor ? (config.nameFor(number) ?? null) : contacts.nameFor(number);
    } catch {
      return null;
    }
  };
  // Telnyx's time, heard from the Date header of every answer the client gets.
  const telnyxClock = new TelnyxClock(monotonic, now);
  const settings = new SettingsStore(config.settingsBackend ?? confSettingsBackend(config.dataDir));
  // Whether Telnyx can be reached, heard from the outcome of every call the client makes.
  const connectivity = new Connectivity(now);
  const accountConnection = new AccountConnection(
    config.secretStore,
    settings,
    config.environment ?? {},
    { ...config.telnyx, dateObserver: telnyxClock, onOutcome: (outcome) => connectivity.record(outcome) },
    now,
  );
  const policy = outboxPolicy(settings, config.policy ?? {});
  const log = config.log ?? ((message: string, error?: unknown) => console.error(message, error));
  for (const { path, error } of privacy.problems) {
    log(`Faxdesk could not make ${path} private: other accounts on this computer may be able to read it.`, error);
  }
  const findAccount = async () => discoverAccount(await accountConnection.client(), settings.get());
  const documents = config.documentReader ? readerProcessor(config.documentReader, { log }) : inlineProcessor();
  // The words of documents are read in a reader process of their own, so a backlog of OCR never
  // keeps a dropped file waiting. Without a reader process (tests), only when a test gives readText.
  const wordsProcessor = config.documentReader ? readerProcessor(config.documentReader, { log }) : null;

  // The records open on first use, so a damaged database never stops login or account setup.
  let records: (JobRecords & InboxRecords & { db: Db; watchedFiles: WatchedFiles }) | null = null;
  const jobEvents = new JobEvents();
  const inboxEvents = new InboxEvents();
  const random = config.random ?? Math.random;
  const open = () => {
    if (records) return records;
    const db = openDatabase(recordsPath(config.dataDir), { nativeBinding: config.sqliteNativeBinding });
    const store = new JobStore(db, now);
    const archive = new DocumentArchive(config.dataDir);
    const inbox = {
      received: new ReceivedTable(db, now),
      receivedList: new ReceivedList(db),
      documents: new DocumentTable(db, now),
      documentText: new DocumentText(db, now),
      archive,
    };
    const client = () => accountConnection.client();
    const changed = (fax: Parameters<InboxEvents['updated']>[0]) => inboxEvents.updated(fax);
    const intake = new InboxIntake({
      table: inbox.received,
      settings: () => settings.get(),
      policy,
      now,
      changed,
      nameFor,
      timeZone,
    });
    const readText: ReadText | undefined =
      config.readText ?? (wordsProcessor ? (file) => wordsProcessor.readText(file) : undefined);
    const receiver = new Receiver({
      table: inbox.received,
      intake,
      listing: new InboxListing({
        cursors: new SyncCursors(db, now),
        history: new ReceivedHistory(db, now),
        intake,
        policy,
        monotonic,
        random,
      }),
      archiver: new Archiver({
        db,
        table: inbox.received,
        documents: inbox.documents,
        text: inbox.documentText,
        archive,
        intake,
        inspect: (file) => documents.inspect(file),
        settings: () => settings.get(),
        policy,
        connectivity,
        client,
        now,
        random,
        log,
        changed,
        ...(config.mediaFetch ? { fetch: config.mediaFetch } : {}),
      }),
      indexer: readText
        ? new TextIndexer({
            text: inbox.documentText,
            archive,
            readText,
            log,
            indexed: (documentId) => inbox.received.withDocument(documentId).forEach(changed),
          })
        : null,
      connectivity,
      client,
      now,
      log,
      changed,
    });
    const outbox = new Outbox({
      db,
      store,
      archive,
      policy,
      connectivity,
      client: () => accountConnection.client(),
      telnyxClock,
      monotonic,
      now,
      random,
      log,
      receiver,
    });
    // The account's outbound faxes this desk did not send, shown as sent from elsewhere.
    outbox.addAccountPass(
      new OutboundElsewhere({
        store,
        cursors: new SyncCursors(db, now),
        archive,
        client: () => accountConnection.client(),
        inspect: (file) => documents.inspect(file),
        sandbox: () => settings.get().sandboxMode,
        now,
        log,
        changed: (job) => outbox.emit(job),
      }),
    );
    outbox.onJobUpdated((job) => jobEvents.updated(job));
    outbox.onJobDeleted((id) => jobEvents.deleted(id));
    // The hour is counted from the records: it holds across restarts, for the app and the CLI together.
    const volume = new VolumeGuard({
      ledger: new SendLedger(db, now),
      confirm: config.confirmLargeBatch ?? noOneToAsk,
      now,
    });
    records = { db, store, outbox, volume, watchedFiles: new WatchedFiles(db, now), ...inbox };
    return records;
  };
  const jobs = createJobsService(
    { records: open, documents, settings: () => settings.get(), now, timeZone, nameFor },
    jobEvents,
  );
  const reports = createReportService({ records: open, settings: () => settings.get() });
  // Every fax's report saved into a folder as the fax ends, when Settings asks for it.
  const reportAutoSave = new ReportAutoSave({ folder: () => settings.get().reportFolder, make: reports.make, log });
  jobEvents.onUpdated((job) => reportAutoSave.sentChanged(job));
  inboxEvents.onUpdated((fax) => reportAutoSave.receivedChanged(fax));
  const inbox: InboxApi = createInboxService(
    {
      records: open,
      receive: async () => void (await open().outbox.receive()),
      readWords: async () => void (await open().outbox.readWords()),
      now,
    },
    inboxEvents,
  );
  const contacts: ContactsApi = createContactsService({
    db: () => open().db,
    defaultCountry: () => settings.get().defaultCountry,
    now,
  });

  return {
    dataDir: config.dataDir,
    accountConnection,
    connectivity,
    credentials: {
      status: () => accountConnection.status(),
      save: accountConnection.save.bind(accountConnection),
      clear: () => accountConnection.clear(),
    },
    settings: {
      get: () => settings.get(),
      update: (patch: Partial<Settings>) => settings.update(patch),
    },
    account: {
      /** What the account has, and the sender Faxdesk would use with it; nothing is saved. */
      find: () => findAccount(),
      /**
       * The same, and the sender it chose becomes the saved one when it differs: a fax application
       * or number the account no longer has is replaced by its only one, or cleared.
       */
      discover: async () => {
        const found = await findAccount();
        const { connectionId, fromNumber } = settings.get();
        if (found.selected.connectionId !== connectionId || found.selected.fromNumber !== fromNumber) {
          settings.update(found.selected);
        }
        return found;
      },
    },
    documents: {
      /** Type and page count of one file, for the send screen's list; throws FaxdeskError. */
      inspect: async (file: { name: string; bytes: Uint8Array }) => {
        try {
          return await documents.inspect(file);
        } catch (error) {
          throw explainIfDocumentError(error);
        }
      },
    },
    jobs,
    /** Received faxes: listed from the account, archived on sight, searchable by their words. */
    inbox,
    /** The address book: contacts, groups, import and export. */
    contacts,
    /** A fax's transmission or reception report, from the records alone. */
    reports,
    outbox: {
      start: () => open().outbox.start(),
      stop: async () => {
        if (records) await records.outbox.stop();
      },
      sync: () => open().outbox.sync(),
      /** One tracking pass over the in-flight faxes that are due; returns the request count. */
      pollDue: () => open().outbox.tracker.poll(false),
      /** The receiving part of one pass, as the loop runs it: lists only when a listing is due. */
      receiveDue: () => open().outbox.receiveDue(),
      wake: () => open().outbox.wake(),
      /** Takes the outbox lease when no other process holds it; true when this one now does. */
      acquireLease: () => open().outbox.acquireLease(),
    },
    /** The ledger of the files the watched folder has taken (watch/), in the records. */
    watchedFiles: () => open().watchedFiles,
    /** Stops the outbox and the reader processes, and closes the records. */
    close: async () => {
      // The reader processes end too: one may be reading a long fax's words.
      await Promise.all([documents.close(), wordsProcessor?.close()]);
      if (!records) return;
      await records.outbox.stop();
      await reportAutoSave.idle();
      records.db.close();
      records = null;
    },
  };
}

/** Where the records of a data folder are. */
export function recordsPath(dataDir: string): string {
  return join(dataDir, 'faxdesk.db');
}

/** Redial attempts and delay, and the grace period, follow the settings, read fresh each time. */
function outboxPolicy(settings: SettingsStore, overrides: Partial<OutboxPolicy>): OutboxPolicy {
  const policy: OutboxPolicy = { ...defaultOutboxPolicy, ...overrides };
  const fromSettings: Array<[keyof OutboxPolicy, () => number]> = [
    ['redialAttempts', () => settings.get().redialAttempts],
    ['redialDelayMs', () => settings.get().redialDelayMinutes * 60_000],
    ['graceMs', () => settings.get().graceSeconds * 1000],
  ];
  for (const [key, read] of fromSettings) {
    if (overrides[key] === undefined) Object.defineProperty(policy, key, { get: read, enumerable: true });
  }
  return policy;
}

export type Engine = ReturnType<typeof createEngine>;
