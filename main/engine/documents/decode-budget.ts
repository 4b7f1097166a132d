/**
 * How much a file may decode. A compressed stream says nothing about how large it inflates
 * (a 1.5 MB PDF can hold a 1.5 GB object stream), so every decoder that inflates something
 * of ours or pdf-lib's draws on the budget of the file being read, and stops as soon as one
 * stream or the file as a whole has decoded more than it may.
 *
 * The budget of the file being read is found through AsyncLocalStorage, because pdf-lib
 * decodes deep inside its parser, where no argument of ours reaches (see pdf-decode-guard.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { MAX_DECODED_FILE_BYTES, MAX_DECODED_STREAM_BYTES } from './limits';

/** Raised inside decoders; the file's reader turns it into a plain "needed more memory" message. */
export class DecodeLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeLimitError';
  }
}

export class DecodeBudget {
  private used = 0;
  private refusal: DecodeLimitError | null = null;

  constructor(
    readonly perStream = MAX_DECODED_STREAM_BYTES,
    readonly perFile = MAX_DECODED_FILE_BYTES,
  ) {}

  /** Bytes decoded so far. */
  get decoded(): number {
    return this.used;
  }

  /**
   * Whether a limit was hit. Sticky: pdf-lib swallows errors while parsing objects, so a
   * refusal thrown inside it must still be found afterwards.
   */
  get exceeded(): boolean {
    return this.refusal !== null;
  }

  /** The most the next stream may decode to: the per-stream cap or what is left, whichever is less. */
  nextStreamLimit(): number {
    this.check();
    return Math.max(0, Math.min(this.perStream, this.perFile - this.used));
  }

  /**
   * A stream has grown to `streamTotal` bytes, `added` of them new. Throws DecodeLimitError
   * (and remembers it) when the stream or the file is over its limit.
   */
  grow(streamTotal: number, added: number, what = 'a stream'): void {
    this.check();
    this.used += added;
    if (streamTotal > this.perStream) this.refuse(`${what} decodes to more than ${mb(this.perStream)} MB`);
    if (this.used > this.perFile) this.refuse(`the file decodes to more than ${mb(this.perFile)} MB`);
  }

  /** A whole stream decoded at once. */
  charge(bytes: number, what?: string): void {
    this.grow(bytes, bytes, what);
  }

  /** Marks the budget spent and throws: for decoders that notice on their own. */
  refuse(reason: string): never {
    this.refusal ??= new DecodeLimitError(`Decoding stopped: ${reason}.`);
    throw this.refusal;
  }

  /** Throws the refusal, if there was one. */
  check(): void {
    if (this.refusal) throw this.refusal;
  }
}

const active = new AsyncLocalStorage<DecodeBudget>();
/** Outside any file (a cover page, a test), a single stream is still bounded. */
const unattached = () => new DecodeBudget(MAX_DECODED_STREAM_BYTES, Number.POSITIVE_INFINITY);

/** Runs `work` with `budget` as the budget of everything it decodes. */
export function withDecodeBudget<T>(budget: DecodeBudget, work: () => Promise<T>): Promise<T> {
  return active.run(budget, work);
}

/** The budget of the file being read here, or a fresh per-stream-only one outside any file. */
export function currentDecodeBudget(): DecodeBudget {
  return active.getStore() ?? unattached();
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
