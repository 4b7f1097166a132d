/**
 * The fax being made grows page by page in memory until it is saved. A file can say "350
 * pages" in a few kilobytes and make each page a large image, so what is added is counted as
 * it is added, and the fax is refused as too large once it is far past what one fax may be —
 * not after it has been built and saved in full.
 *
 * "Far past": up to three times the upload limit the fax is still made, so that the person is
 * told how large it came out (22.4 MB tells them how much to cut); beyond that it is stopped,
 * and they are told only that it is over.
 */
import { MAX_UPLOAD_BYTES } from './limits';

/** Where making a fax stops: large enough to report most oversize faxes exactly, small enough to hold. */
export const MAX_FAX_BYTES_WHILE_MAKING = 3 * MAX_UPLOAD_BYTES;

/** Thrown by `add`; prepare.ts names the file in a plain "too large" message. */
export class FaxSizeError extends Error {
  constructor(readonly bytes: number) {
    super(`The fax passed ${bytes} bytes while it was being made`);
    this.name = 'FaxSizeError';
  }
}

export class FaxSize {
  private used = 0;

  constructor(readonly limit = MAX_FAX_BYTES_WHILE_MAKING) {}

  get bytes(): number {
    return this.used;
  }

  /** Room left before the limit: a compressor may stop once its output passes it. */
  get remaining(): number {
    return Math.max(0, this.limit - this.used);
  }

  add(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw new FaxSizeError(this.used);
  }
}
