/**
 * Reading request bodies without trusting them: bytes are counted as they stream in and the
 * request is refused as soon as it passes the cap, so an oversized upload never sits in
 * memory. Multipart is parsed by Node's own fetch implementation (Request#formData).
 */
import type { IncomingMessage } from 'node:http';
import { ApiError, badRequest, errorObject, invalidField, unprocessable } from './api-error';

/** The documented upload limit for `/media` and multipart `contents` (API-NOTES §2.1, §6). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Room for the multipart envelope and the small text fields around a file at the cap. */
const ENVELOPE_ALLOWANCE = 256 * 1024;
export const MAX_BODY_BYTES = MAX_FILE_BYTES + ENVELOPE_ALLOWANCE;
/** JSON bodies are small; anything bigger is not a fax request. */
const MAX_JSON_BYTES = 1024 * 1024;

export type ParsedBody = { kind: 'json'; value: unknown } | { kind: 'multipart'; form: FormData } | { kind: 'empty' };

/**
 * Whether a multipart value is a file part with a filename. Telnyx answers 422 "'contents' is
 * invalid" to a file part without one (API-NOTES §2.1). A part with no filename at all parses as
 * text, but `filename=""` (what a browser sends for an empty file input, and what a nameless
 * `File` becomes) parses as a File named '' — it is no more a named file than the first.
 */
export function isNamedFile(value: unknown): value is File {
  return value instanceof File && value.name !== '';
}

export function fileTooLarge(pointer: string): ApiError {
  return new ApiError(422, [invalidField(pointer, 'The file exceeds the maximum allowed size of 20 MB.')]);
}

/**
 * Collects the body, failing with `tooLarge` the moment more than `limit` bytes have arrived.
 * After a refusal the rest of the upload is read and discarded so the client gets its answer
 * instead of a reset connection.
 */
export function readBodyLimited(request: IncomingMessage, limit: number, tooLarge: () => ApiError): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      request.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        request.off('data', onData);
        request.off('end', onEnd);
        chunks.length = 0;
        request.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', reject);
    // A client that hangs up mid-upload never sends 'end'; settle instead of waiting forever.
    request.on('close', () => {
      if (!request.complete) reject(new Error('the client closed the connection mid-request'));
    });
  });
}

function mediaType(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Reads and parses a JSON or multipart body; `filePointer` names the file field in the size error. */
export async function readParsedBody(request: IncomingMessage, filePointer: string): Promise<ParsedBody> {
  const type = mediaType(request);
  if (type === 'multipart/form-data') {
    const bytes = await readBodyLimited(request, MAX_BODY_BYTES, () => fileTooLarge(filePointer));
    try {
      const form = await new Request('http://sandbox.invalid/', {
        method: 'POST',
        headers: { 'content-type': request.headers['content-type'] ?? '' },
        body: new Uint8Array(bytes),
      }).formData();
      return { kind: 'multipart', form };
    } catch {
      throw badRequest('The multipart body could not be parsed.', { pointer: '/' });
    }
  }
  const tooLargeJson = () => badRequest('The request body is too large.', { pointer: '/' });
  const bytes = await readBodyLimited(request, MAX_JSON_BYTES, tooLargeJson);
  if (bytes.length === 0) return { kind: 'empty' };
  if (type !== 'application/json' && type !== '') {
    throw new ApiError(415, [
      errorObject('10014', 'Unsupported Media Type', `Content type '${type}' is not supported here.`),
    ]);
  }
  try {
    return { kind: 'json', value: JSON.parse(bytes.toString('utf8')) as unknown };
  } catch {
    throw badRequest('The request body is not valid JSON.', { pointer: '/' });
  }
}

/**
 * The fields of a body that must be a JSON object (the account endpoints declare only JSON):
 * another body type is a 415 like any undeclared content type, anything but an object a 422,
 * and no body at all a 422 naming what is missing (`missing`).
 */
export function jsonObjectOf(body: ParsedBody, missing: string): Record<string, unknown> {
  if (body.kind === 'multipart') {
    throw new ApiError(415, [
      errorObject('10014', 'Unsupported Media Type', 'This endpoint takes a JSON body (application/json).'),
    ]);
  }
  if (body.kind === 'empty') {
    throw unprocessable([errorObject('10004', 'Missing required parameter', missing, { pointer: '/' })]);
  }
  const value = body.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw unprocessable([invalidField('/', 'The request body must be a JSON object.')]);
  }
  return value as Record<string, unknown>;
}
