/**
 * Validation of the Media Storage writes, from the spec's UploadMediaRequest (JSON: `media_url`,
 * `media_name`, `ttl_secs`), UploadMediaMultipartRequest (`media` file, `media_name`,
 * `ttl_secs`) and their PUT counterparts (no `media_name`, nothing required). Every problem is
 * reported at once, each with `source.pointer`, in the same codes as the fax send: missing
 * field 10004, bad URL 10003, duplicate name 10012, anything else "422".
 *
 * A `media_url` is not fetched (the sandbox is offline): the document kept for it is a one-page
 * stand-in (remote-document.ts), as POST /faxes assumes one readable page for a `media_url`.
 */
import type { ErrorObject } from './api-error';
import { errorObject, invalidField, missingField, unprocessable } from './api-error';
import { contentTypeOf } from './documents';
import { invalidUrl, isHttpUrl } from './http-url';
import { REMOTE_DOCUMENT_TYPE, remoteDocumentStandIn } from './remote-document';
import type { ParsedBody } from './request-body';
import { fileTooLarge, isNamedFile, MAX_FILE_BYTES } from './request-body';
import type { SandboxStore } from './store';

/** "defaults to 2 days" and "The maximum allowed vale is 630720000" (the spec's ttl_secs). */
export const DEFAULT_TTL_SECS = 2 * 24 * 60 * 60;
export const MAX_TTL_SECS = 630_720_000;
/** Media names become URL path segments; keep them to one segment of sane length. */
const MEDIA_NAME = /^[^/\s][^/]{0,254}$/;

export interface StoredDocument {
  bytes: Buffer;
  contentType: string;
}

export interface UploadMediaInput {
  /** Undefined: the sandbox names it (a UUID, as the spec's example suggests). */
  name?: string;
  ttlSecs: number;
  document: StoredDocument;
}

export interface UpdateMediaInput {
  ttlSecs: number;
  /** Undefined: the stored file stays as it is. */
  document?: StoredDocument;
}

type Fields = Record<string, unknown>;

/** Absent, JSON null and the empty string all mean "not given" for these optional fields. */
const given = (value: unknown) => value !== undefined && value !== null && value !== '';

function fieldsOf(body: ParsedBody, required: boolean): Fields {
  if (body.kind === 'json') {
    const value = body.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw unprocessable([invalidField('/', 'The request body must be a JSON object.')]);
    }
    return value as Fields;
  }
  if (body.kind === 'multipart') return Object.fromEntries(body.form.entries());
  if (required) {
    throw unprocessable([
      errorObject(
        '10004',
        'Missing required parameter',
        'The request has no body: send media_url as JSON, or the file as the multipart part media.',
        { pointer: '/' },
      ),
    ]);
  }
  return {};
}

/** ttl_secs as the body carries it: a JSON integer, or a multipart text field of digits. */
function checkTtl(value: unknown, isMultipart: boolean, errors: ErrorObject[]): number {
  if (!given(value)) return DEFAULT_TTL_SECS;
  const n = isMultipart ? (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_TTL_SECS) {
    errors.push(invalidField('/ttl_secs', `'ttl_secs' must be an integer from 1 to ${MAX_TTL_SECS} (seconds).`));
    return DEFAULT_TTL_SECS;
  }
  return n;
}

function checkName(value: unknown, store: SandboxStore, errors: ErrorObject[]): string | undefined {
  if (!given(value)) return undefined;
  if (typeof value !== 'string' || !MEDIA_NAME.test(value)) {
    errors.push(invalidField('/media_name', "'media_name' must be 1-255 characters without '/'."));
    return undefined;
  }
  if (store.mediaNamed(value)) {
    errors.push(
      errorObject('10012', 'Duplicate resource', `Media named '${value}' already exists.`, { pointer: '/media_name' }),
    );
    return undefined;
  }
  return value;
}

/** The document a JSON body names by `media_url`, or undefined (with the error recorded). */
function urlDocument(value: unknown, errors: ErrorObject[]): StoredDocument | undefined {
  if (typeof value !== 'string') {
    errors.push(invalidField('/media_url', "'media_url' must be a string."));
    return undefined;
  }
  if (!isHttpUrl(value)) {
    errors.push(invalidUrl('/media_url'));
    return undefined;
  }
  return { bytes: remoteDocumentStandIn(value), contentType: REMOTE_DOCUMENT_TYPE };
}

/** The document a multipart body carries as `media`, or undefined (with the error recorded). */
async function fileDocument(value: unknown, errors: ErrorObject[]): Promise<StoredDocument | undefined> {
  if (!isNamedFile(value)) {
    errors.push(invalidField('/media', "'media' is invalid: send it as a file part with a filename."));
    return undefined;
  }
  if (value.size > MAX_FILE_BYTES) throw fileTooLarge('/media');
  const bytes = Buffer.from(await value.arrayBuffer());
  return { bytes, contentType: contentTypeOf(bytes, value.type) };
}

/** POST /media: the document is required, by `media_url` (JSON) or as the `media` file (multipart). */
export async function validateUploadMedia(body: ParsedBody, store: SandboxStore): Promise<UploadMediaInput> {
  const isMultipart = body.kind === 'multipart';
  const fields = fieldsOf(body, true);
  const errors: ErrorObject[] = [];
  const source = isMultipart ? 'media' : 'media_url';
  let document: StoredDocument | undefined;
  if (!given(fields[source])) errors.push(missingField(`/${source}`));
  else document = isMultipart ? await fileDocument(fields.media, errors) : urlDocument(fields.media_url, errors);
  const name = checkName(fields.media_name, store, errors);
  const ttlSecs = checkTtl(fields.ttl_secs, isMultipart, errors);
  if (errors.length > 0 || !document) throw unprocessable(errors);
  return name === undefined ? { ttlSecs, document } : { name, ttlSecs, document };
}

/**
 * PUT /media/{media_name}: a new document (by `media_url` or as the `media` file) and/or a new
 * ttl_secs. The spec gives ttl_secs the same "defaults to 2 days" as on upload, so every update
 * starts the media's lifetime again from now, by the given ttl_secs or that default.
 */
export async function validateUpdateMedia(body: ParsedBody): Promise<UpdateMediaInput> {
  const isMultipart = body.kind === 'multipart';
  const fields = fieldsOf(body, true);
  const errors: ErrorObject[] = [];
  let document: StoredDocument | undefined;
  if (isMultipart && given(fields.media)) document = await fileDocument(fields.media, errors);
  if (!isMultipart && given(fields.media_url)) document = urlDocument(fields.media_url, errors);
  const ttlSecs = checkTtl(fields.ttl_secs, isMultipart, errors);
  if (errors.length > 0) throw unprocessable(errors);
  return document === undefined ? { ttlSecs } : { ttlSecs, document };
}
