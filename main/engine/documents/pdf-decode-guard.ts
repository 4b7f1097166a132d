/**
 * Puts pdf-lib's stream decoders on the file's decode budget (decode-budget.ts).
 *
 * pdf-lib inflates object and cross-reference streams while it parses, with its own
 * JavaScript decoders (ported from pdf.js), and nothing in its API bounds how large they
 * grow. Every one of them — Flate, LZW, RunLength, ASCII85, ASCIIHex, decryption — grows its
 * output through one method of their common base class, DecodeStream.ensureBuffer. Wrapping
 * that one method bounds all of them without a fork of the library: before a buffer grows,
 * the growth is charged to the budget, which throws once a stream or the file is over.
 *
 * DecodeStream is not exported, so it is reached through a decoder that decodePDFRawStream
 * (exported) returns. Should a later pdf-lib stop decoding that way, installing fails loudly
 * rather than leaving PDFs unbounded; the tests that read crafted bombs would fail too.
 */
import { decodePDFRawStream, PDFContext, PDFRawStream } from '@cantoo/pdf-lib';
import { currentDecodeBudget } from './decode-budget';

type EnsureBuffer = (this: object, requested: number) => Uint8Array;

let installed = false;

export function guardPdfDecoding(): void {
  if (installed) return;
  const base = decoderBaseClass();
  const ensureBuffer = base['ensureBuffer'] as EnsureBuffer;
  /** How far each decoder has been charged: its buffer only grows, and only growth is new. */
  const charged = new WeakMap<object, number>();
  Object.defineProperty(base, 'ensureBuffer', {
    configurable: true,
    writable: true,
    value: function guardedEnsureBuffer(this: object, requested: number): Uint8Array {
      const before = charged.get(this) ?? 0;
      if (requested > before) {
        currentDecodeBudget().grow(requested, requested - before, 'a PDF stream');
        charged.set(this, requested);
      }
      return ensureBuffer.call(this, requested);
    },
  });
  installed = true;
}

/** The prototype that defines ensureBuffer, found from a RunLength decoder (it reads nothing when made). */
function decoderBaseClass(): Record<string, unknown> {
  const context = PDFContext.create();
  const probe = decodePDFRawStream(PDFRawStream.of(context.obj({ Filter: 'RunLengthDecode' }), new Uint8Array(0)));
  let prototype: unknown = Object.getPrototypeOf(probe);
  while (prototype && !Object.prototype.hasOwnProperty.call(prototype, 'ensureBuffer')) {
    prototype = Object.getPrototypeOf(prototype);
  }
  if (!prototype || typeof (prototype as Record<string, unknown>)['ensureBuffer'] !== 'function') {
    throw new Error(
      'pdf-lib no longer grows decoded streams through DecodeStream.ensureBuffer; update pdf-decode-guard.ts',
    );
  }
  return prototype as Record<string, unknown>;
}
