/**
 * The inbox channels, in terms of the engine's InboxApi: list, detail, read and unread, the
 * archived document for the page viewer, a copy saved where the person chooses, and Forward,
 * which holds the archived PDF for a send like a dropped file. Kept apart from handlers.ts so
 * each stays one screen; like it, free of Electron. The InboxApi is a dependency (the
 * engine's, or a stand-in in tests).
 */
import { copyFile, readFile, stat } from 'node:fs/promises';
import type { DocumentInfo, ForwardedDocument } from '../../preload/contract';
import { MAX_FILE_BYTES } from '../../domain/send-limits';
import type { SourceFile } from '../engine/documents';
import { FaxdeskError } from '../engine/errors';
import type { InboxApi, ReceivedFax } from '../engine/inbox/inbox-api';
import { receivedCopyName } from './document-copy';
import { toReceivedFaxDetail, toReceivedFaxSummary } from './inbox-dto';
import type { Handlers } from './ipc-dispatch';
import type { StagedDocuments } from './staged-documents';

export type InboxChannel =
  | 'inbox:list'
  | 'inbox:detail'
  | 'inbox:markRead'
  | 'inbox:unreadCount'
  | 'inbox:document'
  | 'inbox:saveCopy'
  | 'inbox:forward';

export interface InboxHandlerContext {
  /** The engine's inbox (engine.inbox). */
  inbox: InboxApi;
  staged: StagedDocuments;
  /** Reads a file in the bounded document reader, as documents:stage does. */
  inspect: (file: SourceFile) => Promise<DocumentInfo>;
  /**
   * Asks the person where to save a file, in a native save dialog (the app) or by the test's
   * answer; null when they cancel. Without it, saving a copy is refused in words.
   */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
}

const NOT_FOUND = 'That fax is not in your inbox.';

export function createInboxHandlers(context: InboxHandlerContext): Pick<Handlers, InboxChannel> {
  const inbox = (): InboxApi => context.inbox;
  const fax = (id: string): ReceivedFax => {
    const found = inbox().get(id);
    if (!found || found.id !== id) throw new FaxdeskError('job_not_found', NOT_FOUND);
    return found;
  };
  /** The archived PDF's bytes: only once the fax is archived (read and checked), and never more than one file may be. */
  const archivedBytes = async (received: ReceivedFax): Promise<Buffer> => {
    if (received.documentProblem) throw new FaxdeskError('invalid_document', received.documentProblem);
    const path = received.archiveState === 'archived' ? inbox().documentPath(received.id) : null;
    if (!path) throw new FaxdeskError('not_possible', notArchivedText(received));
    const size = await stat(path).then(
      (s) => s.size,
      () => -1,
    );
    if (size < 0) {
      throw new FaxdeskError('not_possible', "This fax's document is no longer in Faxdesk's data folder.");
    }
    if (size > MAX_FILE_BYTES) {
      throw new FaxdeskError('not_possible', 'This fax is larger than 50 MB, more than Faxdesk shows or forwards.');
    }
    return readFile(path);
  };

  return {
    'inbox:list': (query) => {
      const { items, total } = inbox().list({ ...query, limit: query.limit ?? 200 });
      return Promise.resolve({ faxes: items.map(toReceivedFaxSummary), total });
    },
    'inbox:detail': ({ id, search }) => {
      const received = fax(id);
      const api = inbox();
      const matched = search?.trim() ? api.matchedWords(id, search) : [];
      return Promise.resolve(toReceivedFaxDetail(received, api.timeline(id), matched));
    },
    'inbox:markRead': ({ id, read }) => {
      fax(id);
      return Promise.resolve(toReceivedFaxSummary(inbox().markRead(id, read)));
    },
    'inbox:unreadCount': () => Promise.resolve(inbox().unreadCount()),
    'inbox:document': async ({ id }) => {
      const received = fax(id);
      return { bytes: new Uint8Array(await archivedBytes(received)), pages: received.pages };
    },
    'inbox:saveCopy': async ({ id }) => {
      const received = fax(id);
      // Checked before the dialog opens, so the person is never asked where to save what cannot be saved.
      await archivedBytes(received);
      if (!context.chooseSavePath) throw new FaxdeskError('not_possible', 'Faxdesk cannot ask where to save here.');
      const target = await context.chooseSavePath(receivedCopyName(received));
      if (!target) return false;
      const source = inbox().documentPath(id);
      if (!source) throw new FaxdeskError('not_possible', notArchivedText(received));
      try {
        await copyFile(source, target);
      } catch (error) {
        throw new FaxdeskError('not_possible', `Faxdesk could not save the copy there: ${reasonOf(error)}`, {
          cause: error,
        });
      }
      return true;
    },
    'inbox:forward': async ({ id }) => {
      const received = fax(id);
      const file = { name: receivedCopyName(received), bytes: new Uint8Array(await archivedBytes(received)) };
      // Read by the bounded reader like any dropped file, and held under a token until Send names it.
      const staged = await context.staged.stage(file, context.inspect);
      const forwarded: ForwardedDocument = { ...staged, name: file.name, bytes: file.bytes };
      return forwarded;
    },
  };
}

/** Why there is no document to show, in the inbox's words. */
export function notArchivedText(fax: Pick<ReceivedFax, 'archiveState' | 'status'>): string {
  switch (fax.archiveState) {
    case 'awaiting':
      return 'Telnyx has not finished this fax yet, so there is no document to show.';
    case 'downloading':
      return 'The document is not downloaded yet. Faxdesk will retry.';
    case 'none':
      return fax.status === 'failed'
        ? 'The call failed before any page came, so there is no document.'
        : 'Telnyx no longer has a document for this fax, and Faxdesk did not archive one.';
    default:
      return "This fax's document is no longer in Faxdesk's data folder.";
  }
}

/** Why a file could not be written, in words. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EACCES' || code === 'EPERM') return 'you may not write to that folder.';
  if (code === 'ENOSPC') return 'the disk is full.';
  return error instanceof Error ? error.message : String(error);
}
