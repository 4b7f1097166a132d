/**
 * Files the page has added to a send, held in the main process between being checked and being
 * sent. A dropped file crosses IPC once (documents:stage): it is read by the document reader,
 * kept here under a random token, and jobs:create names it by that token instead of carrying
 * its bytes again.
 *
 * What is held is bounded, so a page that stages and never sends cannot fill the main process:
 * at most MAX_STAGED_BYTES and MAX_STAGED_DOCUMENTS at once, each for at most STAGED_FOR_MS.
 * A file leaves when the send that names it is queued, when the page lets it go (removed from
 * the list, the form closed), or when its time is up.
 */
import { randomBytes } from 'node:crypto';
import { type DocumentInfo } from '../../preload/contract';
import type { SourceFile } from '../engine/documents';
import { FaxdeskError } from '../engine/errors';
import { MAX_SEND_BYTES } from '../../domain/send-limits';

const MB = 1024 * 1024;

export interface StagingLimits {
  /** File bytes held together: two full sends of 100 MB, and some room. */
  bytes: number;
  /** Files held together: two sends of 50 files. */
  documents: number;
  /**
   * How long one file is held when the page neither sends it nor lets it go: a working day, so a
   * fax prepared before a meeting or lunch still goes when Send is pressed after it. The bytes
   * and count limits bound the memory; this only ends what a page abandoned.
   */
  ms: number;
}

export const STAGING_LIMITS: StagingLimits = { bytes: 256 * MB, documents: 100, ms: 10 * 60 * 60_000 };

interface Staged {
  file: SourceFile;
  expiry: NodeJS.Timeout;
}

export class StagedDocuments {
  private readonly held = new Map<string, Staged>();
  private bytes = 0;

  constructor(private readonly limits: StagingLimits = STAGING_LIMITS) {}

  /**
   * Checks the file with `inspect` and, if it can be faxed, holds it; returns what it is and its
   * token. Refused as busy, before it is read, when there is no room for it.
   */
  async stage(
    file: SourceFile,
    inspect: (file: SourceFile) => Promise<DocumentInfo>,
  ): Promise<DocumentInfo & { token: string }> {
    this.makeRoomFor(file);
    const info = await inspect(file);
    // Checked again: other files may have been staged while this one was read.
    this.makeRoomFor(file);
    const token = randomBytes(32).toString('base64url');
    const expiry = setTimeout(() => this.release([token]), this.limits.ms);
    expiry.unref();
    this.held.set(token, { file, expiry });
    this.bytes += file.bytes.byteLength;
    return { kind: info.kind, pages: info.pages, token };
  }

  /**
   * The files the tokens name, in their order, for one send; refused in words when one is no
   * longer held, or when together they are more than one send can carry.
   */
  forSend(tokens: readonly string[]): SourceFile[] {
    const files = tokens.map((token) => {
      const staged = this.held.get(token);
      if (!staged) {
        throw new FaxdeskError(
          'invalid_document',
          'One of the documents is no longer held by Faxdesk: it was added more than ten hours ago, or removed. Remove it and add it again.',
        );
      }
      return staged.file;
    });
    if (files.reduce((sum, file) => sum + file.bytes.byteLength, 0) > MAX_SEND_BYTES) {
      throw new FaxdeskError(
        'invalid_document',
        'These documents are larger than 100 MB together, more than one send can carry. Remove some, or send them separately.',
      );
    }
    return files;
  }

  /** Lets the files go; tokens not held (already sent, timed out, or never given) are ignored. */
  release(tokens: readonly string[]): void {
    for (const token of tokens) {
      const staged = this.held.get(token);
      if (!staged) continue;
      clearTimeout(staged.expiry);
      this.held.delete(token);
      this.bytes -= staged.file.bytes.byteLength;
    }
  }

  private makeRoomFor(file: SourceFile): void {
    if (this.held.size < this.limits.documents && this.bytes + file.bytes.byteLength <= this.limits.bytes) return;
    throw new FaxdeskError(
      'busy',
      `Faxdesk is already holding as many files as it can for the faxes being prepared, so ${file.name} was not added. Send or remove some files first.`,
    );
  }
}
