/**
 * The schema, as numbered steps: migrations[n] takes the database from version n to n+1
 * (PRAGMA user_version). Steps are never edited once released; changes are new steps.
 */
export const migrations: readonly string[] = [
  // 1: documents, jobs, attempts, the timeline, and search.
  `
  CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    sha256       TEXT NOT NULL UNIQUE,
    path         TEXT NOT NULL,            -- relative to the data folder
    pages        INTEGER NOT NULL,
    bytes        INTEGER NOT NULL,
    source_names TEXT NOT NULL,            -- JSON array of the files it was made from, in order
    created_at   INTEGER NOT NULL
  );

  -- One job per recipient. Times are epoch milliseconds.
  CREATE TABLE jobs (
    id                TEXT PRIMARY KEY,
    batch_id          TEXT NOT NULL,       -- the jobs of one send share it (and their document)
    document_id       INTEGER NOT NULL REFERENCES documents(id),
    to_number         TEXT NOT NULL,
    contact_name      TEXT,
    from_number       TEXT NOT NULL,
    connection_id     TEXT NOT NULL,
    quality           TEXT NOT NULL,
    subject           TEXT,
    file_names        TEXT NOT NULL DEFAULT '[]', -- JSON: the files this send was made from, in order
    has_cover         INTEGER NOT NULL DEFAULT 0,
    status            TEXT NOT NULL,       -- waiting|submitting|sending|delivered|failed|cancelled|unconfirmed
    telnyx_status     TEXT,
    telnyx_fax_id     TEXT,
    failure_reason    TEXT,
    wait_reason       TEXT,                -- domain/job-status.ts WAIT_REASONS
    attempts          INTEGER NOT NULL DEFAULT 0,
    redials           INTEGER NOT NULL DEFAULT 0,
    scheduled_at      INTEGER,
    next_action_at    INTEGER,
    cancel_requested  INTEGER NOT NULL DEFAULT 0,
    stalled           INTEGER NOT NULL DEFAULT 0,
    progress_at       INTEGER,             -- last time the Telnyx status moved
    last_confirmed_at INTEGER,             -- last time Telnyx confirmed what we show
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
  );
  -- Lists are newest first in rowid (creation) order; an index on status keeps rowid order too.
  CREATE INDEX jobs_by_status ON jobs(status);
  CREATE INDEX jobs_by_created ON jobs(created_at);
  CREATE INDEX jobs_due ON jobs(next_action_at) WHERE status IN ('waiting', 'submitting', 'sending', 'unconfirmed');

  -- One row per try at Telnyx. client_state = base64(id).
  CREATE TABLE attempts (
    id             TEXT PRIMARY KEY,
    job_id         TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    number         INTEGER NOT NULL,
    phase          TEXT NOT NULL,          -- prepared|uploaded|posting|ambiguous|submitted|absent|refused|final
    media_name     TEXT,
    telnyx_fax_id  TEXT,
    posted_at      INTEGER,                -- when the create request left (reconciliation window)
    check_failures INTEGER NOT NULL DEFAULT 0, -- reconciliations that could not run
    telnyx_status  TEXT,
    failure_reason TEXT,
    created_at     INTEGER NOT NULL,
    UNIQUE (job_id, number)
  );
  CREATE INDEX attempts_by_phase ON attempts(phase) WHERE phase IN ('prepared', 'uploaded', 'posting', 'ambiguous');
  CREATE INDEX attempts_by_fax ON attempts(telnyx_fax_id);

  -- The timeline shown for each fax.
  CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    job_id        TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    attempt_id    TEXT,
    at            INTEGER NOT NULL,
    status        TEXT NOT NULL,
    telnyx_status TEXT,
    detail        TEXT NOT NULL
  );
  CREATE INDEX events_by_job ON events(job_id, at, id);

  -- Full-text search over recipient, contact, subject and file names; rowid = the job's rowid.
  CREATE VIRTUAL TABLE job_search USING fts5(
    recipient, contact, subject, files,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  );

  -- Which process runs the outbox: the app and the CLI may share a data folder, and two
  -- senders working the same jobs could fax twice.
  CREATE TABLE outbox_lease (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    owner      TEXT NOT NULL,
    pid        INTEGER NOT NULL,
    host       TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
  `,
  // 2: deleting a fax asks whether another fax still uses its document.
  `
  CREATE INDEX jobs_by_document ON jobs(document_id);
  `,
  // 3: a document uploaded to Telnyx media storage is deleted once its fax is final.
  `
  ALTER TABLE attempts ADD COLUMN media_deleted_at INTEGER;   -- when Faxdesk knew the upload gone
  ALTER TABLE attempts ADD COLUMN media_deletion TEXT;        -- deleted|already_gone|expired
  ALTER TABLE attempts ADD COLUMN media_delete_failures INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE attempts ADD COLUMN media_retry_at INTEGER;     -- after a failed delete, not before this
  -- Only uploads not yet deleted: a long history costs nothing here.
  CREATE INDEX attempts_media_pending ON attempts(job_id)
    WHERE media_name IS NOT NULL AND media_deleted_at IS NULL;

  -- Uploads whose fax was deleted from history before they were deleted at Telnyx.
  CREATE TABLE orphaned_media (
    name        TEXT PRIMARY KEY,
    orphaned_at INTEGER NOT NULL,
    failures    INTEGER NOT NULL DEFAULT 0,
    retry_at    INTEGER
  );
  -- A trigger, so every way an attempt row goes (a fax deleted, its cascade) keeps the name.
  CREATE TRIGGER attempts_keep_orphaned_media AFTER DELETE ON attempts
    WHEN OLD.media_name IS NOT NULL AND OLD.media_deleted_at IS NULL
  BEGIN
    INSERT OR IGNORE INTO orphaned_media (name, orphaned_at)
      VALUES (OLD.media_name, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
  END;
  `,
  // 4: how many faxes were queued when, for the volume guard's hourly limit (send-ledger.ts).
  // Apart from the jobs, so deleting faxes from history makes no room to send more.
  `
  CREATE TABLE queued_faxes (
    id    INTEGER PRIMARY KEY,
    at    INTEGER NOT NULL,
    faxes INTEGER NOT NULL
  );
  CREATE INDEX queued_faxes_by_time ON queued_faxes(at);
  `,
  // 5: a fax made in sandbox mode says so for as long as it is kept, whatever mode Faxdesk is in later.
  `
  ALTER TABLE jobs ADD COLUMN sandbox INTEGER NOT NULL DEFAULT 0;
  `,
  // 6: how far this desk has read the account's list of faxes, per direction (store/sync-cursors.ts).
  `
  CREATE TABLE sync_cursors (
    name       TEXT PRIMARY KEY,        -- inbound | outbound
    created_at INTEGER NOT NULL,        -- the newest Telnyx created_at seen, epoch milliseconds
    updated_at INTEGER NOT NULL
  );
  `,
  // 7: received faxes (main/engine/inbox/), their timeline and search, and the words on every
  // document, sent or received, for search (store/document-text.ts).
  `
  CREATE TABLE received_faxes (
    id                 TEXT PRIMARY KEY,        -- Faxdesk's own (a UUID)
    telnyx_fax_id      TEXT NOT NULL UNIQUE,    -- a fax is kept once however often it is listed
    from_number        TEXT NOT NULL,
    to_number          TEXT NOT NULL,
    caller_id          TEXT,
    connection_id      TEXT,
    status             TEXT NOT NULL,           -- domain/received-fax.ts RECEIVED_STATUSES
    failure_reason     TEXT,
    pages              INTEGER,
    call_duration_secs INTEGER,
    partial            INTEGER NOT NULL DEFAULT 0,
    received_at        INTEGER NOT NULL,        -- Telnyx's created_at
    document_id        INTEGER REFERENCES documents(id),
    archive_state      TEXT NOT NULL,           -- domain/received-fax.ts ARCHIVE_STATES
    document_problem   TEXT,                    -- archived, but not readable: kept, never shown as a document
    download_problem   TEXT,                    -- why the last download did not work, in words
    download_failures  INTEGER NOT NULL DEFAULT 0,
    next_download_at   INTEGER,
    read_at            INTEGER,                 -- read on this desk
    telnyx_delete_at   INTEGER,                 -- a delete from Telnyx is due (Settings), not before this
    deleted_at_telnyx  INTEGER,
    sandbox            INTEGER NOT NULL DEFAULT 0,
    last_confirmed_at  INTEGER,                 -- last time Telnyx confirmed what is shown
    next_check_at      INTEGER,                 -- while receiving: when to ask Telnyx again
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
  );
  -- The inbox is newest first by when the call came; rowid breaks ties.
  CREATE INDEX received_by_time ON received_faxes(received_at);
  CREATE INDEX received_unread ON received_faxes(received_at) WHERE read_at IS NULL;
  CREATE INDEX received_following ON received_faxes(next_check_at)
    WHERE status IN ('receiving', 'media.processing');
  CREATE INDEX received_downloads ON received_faxes(next_download_at) WHERE archive_state = 'downloading';
  CREATE INDEX received_telnyx_deletes ON received_faxes(telnyx_delete_at) WHERE telnyx_delete_at IS NOT NULL;
  CREATE INDEX received_by_document ON received_faxes(document_id);

  CREATE TABLE received_events (
    id      INTEGER PRIMARY KEY,
    fax_id  TEXT NOT NULL REFERENCES received_faxes(id) ON DELETE CASCADE,
    at      INTEGER NOT NULL,
    status  TEXT NOT NULL,
    detail  TEXT NOT NULL
  );
  CREATE INDEX received_events_by_fax ON received_events(fax_id, at, id);

  -- Sender, recipient and caller id in the forms people type; rowid = the received fax's rowid.
  CREATE VIRTUAL TABLE received_search USING fts5(
    sender, recipient, caller,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  );

  -- How far the first listing of the account's received faxes has read back in time.
  CREATE TABLE received_history (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    before_at   INTEGER,                    -- the oldest created_at read so far; null before the first page
    finished_at INTEGER                     -- when the whole history had been read
  );

  -- The words on each document's pages (text layer or OCR), one entry per document: rowid = its id.
  CREATE VIRTUAL TABLE document_words USING fts5(
    words,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  );
  CREATE TABLE document_text (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    state       TEXT NOT NULL,              -- pending | done | failed
    sources     TEXT,                       -- layer, ocr, none: how the words were found
    problem     TEXT,                       -- why no words could be read (failed)
    updated_at  INTEGER NOT NULL
  );
  CREATE INDEX document_text_pending ON document_text(document_id) WHERE state = 'pending';
  -- Every document, those already kept and each one made from now on, waits for its words.
  INSERT INTO document_text (document_id, state, updated_at) SELECT id, 'pending', created_at FROM documents;
  CREATE TRIGGER documents_text_pending AFTER INSERT ON documents
  BEGIN
    INSERT INTO document_text (document_id, state, updated_at) VALUES (NEW.id, 'pending', NEW.created_at);
  END;
  CREATE TRIGGER documents_words_gone AFTER DELETE ON documents
  BEGIN
    DELETE FROM document_words WHERE rowid = OLD.id;
  END;
  `,
  // 8: faxes of the account this desk did not send ("sent from elsewhere"): a job's origin, the
  // page count Telnyx reported, and a document that may be missing (Telnyx may not give one).
  // SQLite cannot drop NOT NULL in place, so jobs is rebuilt: every rowid is kept (job_search is
  // keyed by it), with every column, default and index. migrate() turns foreign keys off around
  // the steps and checks them (PRAGMA foreign_key_check) before the step commits.
  `
  CREATE TABLE jobs_rebuilt (
    id                TEXT PRIMARY KEY,
    batch_id          TEXT NOT NULL,
    document_id       INTEGER REFERENCES documents(id),  -- null: Telnyx gave no document (origin elsewhere)
    to_number         TEXT NOT NULL,
    contact_name      TEXT,
    from_number       TEXT NOT NULL,
    connection_id     TEXT NOT NULL,
    quality           TEXT NOT NULL,
    subject           TEXT,
    file_names        TEXT NOT NULL DEFAULT '[]',
    has_cover         INTEGER NOT NULL DEFAULT 0,
    status            TEXT NOT NULL,
    telnyx_status     TEXT,
    telnyx_fax_id     TEXT,
    failure_reason    TEXT,
    wait_reason       TEXT,
    attempts          INTEGER NOT NULL DEFAULT 0,
    redials           INTEGER NOT NULL DEFAULT 0,
    scheduled_at      INTEGER,
    next_action_at    INTEGER,
    cancel_requested  INTEGER NOT NULL DEFAULT 0,
    stalled           INTEGER NOT NULL DEFAULT 0,
    progress_at       INTEGER,
    last_confirmed_at INTEGER,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    sandbox           INTEGER NOT NULL DEFAULT 0,
    origin            TEXT NOT NULL DEFAULT 'desk',  -- desk (sent here) | elsewhere (another desk, a script, the portal)
    telnyx_pages      INTEGER                        -- pages as Telnyx reported them, for a fax with no document
  );
  INSERT INTO jobs_rebuilt (rowid, id, batch_id, document_id, to_number, contact_name, from_number, connection_id,
      quality, subject, file_names, has_cover, status, telnyx_status, telnyx_fax_id, failure_reason, wait_reason,
      attempts, redials, scheduled_at, next_action_at, cancel_requested, stalled, progress_at, last_confirmed_at,
      created_at, updated_at, sandbox)
    SELECT rowid, id, batch_id, document_id, to_number, contact_name, from_number, connection_id,
      quality, subject, file_names, has_cover, status, telnyx_status, telnyx_fax_id, failure_reason, wait_reason,
      attempts, redials, scheduled_at, next_action_at, cancel_requested, stalled, progress_at, last_confirmed_at,
      created_at, updated_at, sandbox
    FROM jobs;
  DROP TABLE jobs;
  ALTER TABLE jobs_rebuilt RENAME TO jobs;
  CREATE INDEX jobs_by_status ON jobs(status);
  CREATE INDEX jobs_by_created ON jobs(created_at);
  CREATE INDEX jobs_due ON jobs(next_action_at) WHERE status IN ('waiting', 'submitting', 'sending', 'unconfirmed');
  CREATE INDEX jobs_by_document ON jobs(document_id);
  -- One job per fax from elsewhere, however often the listing's overlap shows it.
  CREATE UNIQUE INDEX jobs_elsewhere_fax ON jobs(telnyx_fax_id) WHERE origin = 'elsewhere';

  -- Faxes deleted from this desk's history, by Telnyx fax id and by attempt (whose id is the
  -- client_state): the listing of the account's faxes must not bring them back as sent from elsewhere.
  -- Triggers, so every way a row goes (a fax deleted, its attempts by cascade) is remembered.
  CREATE TABLE deleted_faxes (
    telnyx_fax_id TEXT PRIMARY KEY,
    deleted_at    INTEGER NOT NULL
  );
  CREATE TABLE deleted_attempts (
    id         TEXT PRIMARY KEY,
    deleted_at INTEGER NOT NULL
  );
  CREATE TRIGGER jobs_remember_deleted AFTER DELETE ON jobs WHEN OLD.telnyx_fax_id IS NOT NULL
  BEGIN
    INSERT OR IGNORE INTO deleted_faxes (telnyx_fax_id, deleted_at)
      VALUES (OLD.telnyx_fax_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
  END;
  CREATE TRIGGER attempts_remember_deleted AFTER DELETE ON attempts
  BEGIN
    INSERT OR IGNORE INTO deleted_attempts (id, deleted_at)
      VALUES (OLD.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
    INSERT OR IGNORE INTO deleted_faxes (telnyx_fax_id, deleted_at)
      SELECT OLD.telnyx_fax_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
      WHERE OLD.telnyx_fax_id IS NOT NULL;
  END;
  `,
  // 9: the address book (main/engine/contacts/): contacts, their labelled fax numbers in order,
  // groups and who is in them, and search over name, organisation, numbers and notes. A fax
  // number belongs to one contact at most: a second contact with it is merged into the first.
  `
  CREATE TABLE contacts (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    organization TEXT,
    phone        TEXT,                     -- a voice number as typed; never faxed to
    notes        TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
  );
  CREATE INDEX contacts_by_name ON contacts(name COLLATE NOCASE);
  CREATE TABLE contact_numbers (
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,           -- 0 is the number a group fax goes to
    number     TEXT NOT NULL UNIQUE,       -- E.164
    label      TEXT,
    PRIMARY KEY (contact_id, position)
  );
  CREATE TABLE contact_groups (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE contact_group_members (
    group_id   TEXT NOT NULL REFERENCES contact_groups(id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, contact_id)
  );
  CREATE INDEX contact_group_members_by_contact ON contact_group_members(contact_id);

  -- Name, organisation, numbers (in the forms people type) and notes; rowid = the contact's rowid.
  -- Written by the store with the contact (store/contact-search.ts); gone with it by this trigger.
  -- No prefix indexes: an address book is small enough to scan a term range, and they would
  -- triple the cost of writing each contact (an import of 10,000 writes 10,000 entries).
  CREATE VIRTUAL TABLE contact_search USING fts5(
    name, organization, numbers, notes,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER contacts_search_gone AFTER DELETE ON contacts
  BEGIN
    DELETE FROM contact_search WHERE rowid = OLD.rowid;
  END;
  `,
  // 10: the files the watched folder has taken (main/engine/watch/), so each is taken once, also
  // across restarts and between the app and the command line watching the same folder. A file is
  // known by where it was, its size, its modification time and its content: a new file that reuses
  // a name is still taken. outcome is null while the file is being taken.
  `
  CREATE TABLE watched_files (
    folder    TEXT NOT NULL,
    name      TEXT NOT NULL,
    size      INTEGER NOT NULL,
    mtime_ms  INTEGER NOT NULL,
    sha256    TEXT NOT NULL,
    taken_at  INTEGER NOT NULL,
    outcome   TEXT,                -- sent (queued or opened in Send) | failed; null while being taken
    PRIMARY KEY (folder, name, size, mtime_ms, sha256)
  );
  CREATE INDEX watched_files_by_time ON watched_files(taken_at);
  `,
  // 11: the contact's name kept with each fax as it was when the fax went or arrived (renaming a
  // contact later does not rewrite the past), and the time zone the desk was in then, so a fax's
  // report reads the same on any computer (main/engine/reports/).
  `
  ALTER TABLE jobs ADD COLUMN recipient_name TEXT;
  ALTER TABLE jobs ADD COLUMN time_zone TEXT;
  ALTER TABLE received_faxes ADD COLUMN sender_name TEXT;
  ALTER TABLE received_faxes ADD COLUMN time_zone TEXT;
  `,
];
