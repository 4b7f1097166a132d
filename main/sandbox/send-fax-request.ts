/**
 * Validation of `POST /v2/faxes`, from the spec's SendFaxRequest (JSON) and
 * SendFaxMultipartRequest (multipart with a `contents` file). Every problem found is reported
 * at once, each as its own entry with `source.pointer` naming the field:
 *   missing field → 10004, malformed phone number → 10016, malformed URL → 10003,
 *   anything else → "422" (the fax service's own style, API-NOTES §8).
 * Multipart forms may carry the JSON-only fields too (client_state, webhook_url, …); the
 * spec does not declare them there, and the sandbox accepts them rather than guess at a refusal.
 */
import type { ErrorObject } from './api-error';
import { errorObject, invalidField, missingField, unprocessable } from './api-error';
import type { DocumentFacts } from './documents';
import { describeDocument } from './documents';
import { invalidUrl, isHttpUrl } from './http-url';
import type { ParsedBody } from './request-body';
import { isNamedFile, MAX_FILE_BYTES } from './request-body';
import type { SandboxStore } from './store';

export const QUALITIES = ['normal', 'high', 'very_high', 'ultra_light', 'ultra_dark'] as const;
const E164 = /^\+[1-9]\d{1,14}$/;
const SIP_URI = /^sips?:[^\s@]+@[^\s@]+$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DISPLAY_NAME = /^[\p{L}\p{N} \-_~!.+]*$/u;

const STRING_FIELDS = [
  'connection_id',
  'to',
  'from',
  'from_display_name',
  'media_url',
  'media_name',
  'quality',
  'client_state',
  'webhook_url',
  'preview_format',
] as const;
const BOOLEAN_FIELDS = ['monochrome', 't38_enabled', 'store_media', 'store_preview'] as const;

export interface SendFaxInput {
  connectionId: string;
  to: string;
  from: string;
  fromDisplayName?: string;
  quality: string;
  storeMedia: boolean;
  storePreview?: boolean;
  clientState?: string;
  webhookUrl?: string;
  mediaUrl?: string;
  mediaName?: string;
  document: DocumentFacts;
}

type Fields = Record<string, unknown>;

/** Flattens either body kind into plain fields; multipart text values are converted where the schema says boolean/integer. */
function fieldsOf(body: ParsedBody): Fields {
  if (body.kind === 'json') {
    const value = body.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw unprocessable([invalidField('/', 'The request body must be a JSON object.')]);
    }
    return value as Fields;
  }
  const fields: Fields = {};
  if (body.kind === 'multipart') {
    for (const [key, value] of body.form.entries()) {
      if (typeof value !== 'string') fields[key] = value;
      else if ((BOOLEAN_FIELDS as readonly string[]).includes(key) && /^(true|false)$/.test(value)) {
        fields[key] = value === 'true';
      } else if (key === 'black_threshold' && /^-?\d+$/.test(value)) fields[key] = Number(value);
      else fields[key] = value;
    }
  }
  return fields;
}

function badPhoneNumber(pointer: string, detail: string): ErrorObject {
  return errorObject('10016', 'Phone number must be in +E.164 format', detail, { pointer });
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

export async function validateSendFax(body: ParsedBody, store: SandboxStore): Promise<SendFaxInput> {
  const isMultipart = body.kind === 'multipart';
  const fields = fieldsOf(body);
  const errors: ErrorObject[] = [];
  const str = (key: string) => (typeof fields[key] === 'string' ? fields[key] : undefined);

  for (const key of ['connection_id', 'from', 'to']) if (!present(fields[key])) errors.push(missingField(`/${key}`));
  for (const key of STRING_FIELDS) {
    if (fields[key] !== undefined && fields[key] !== null && typeof fields[key] !== 'string') {
      errors.push(invalidField(`/${key}`, `'${key}' must be a string.`));
    }
  }
  for (const key of BOOLEAN_FIELDS) {
    if (fields[key] !== undefined && typeof fields[key] !== 'boolean') {
      errors.push(invalidField(`/${key}`, `'${key}' must be true or false.`));
    }
  }

  const connectionId = str('connection_id');
  if (connectionId && !store.faxApplications.some((app) => app.id === connectionId)) {
    errors.push(invalidField('/connection_id', `No fax application with id '${connectionId}' exists on this account.`));
  }
  const to = str('to');
  if (to && !E164.test(to) && !SIP_URI.test(to)) {
    errors.push(badPhoneNumber('/to', "'to' must be +E.164 (e.g. +13127367276) or a SIP URI."));
  }
  const from = str('from');
  if (from && !E164.test(from)) errors.push(badPhoneNumber('/from', "'from' must be +E.164 (e.g. +13127367276)."));

  const document = await checkDocument(fields, store, isMultipart, errors);
  checkOptions(fields, errors);
  if (errors.length > 0 || !connectionId || !to || !from || !document) throw unprocessable(errors);

  const input: SendFaxInput = {
    connectionId,
    to,
    from,
    quality: str('quality') ?? 'high',
    storeMedia: fields.store_media === true,
    document,
  };
  const fromDisplayName = str('from_display_name');
  if (fromDisplayName) input.fromDisplayName = fromDisplayName;
  if (typeof fields.store_preview === 'boolean') input.storePreview = fields.store_preview;
  const clientState = str('client_state');
  if (clientState) input.clientState = clientState;
  const webhookUrl = str('webhook_url');
  if (webhookUrl) input.webhookUrl = webhookUrl;
  const mediaUrl = str('media_url');
  if (mediaUrl) input.mediaUrl = mediaUrl;
  const mediaName = str('media_name');
  if (mediaName) input.mediaName = mediaName;
  return input;
}

/** Exactly one of media_url / media_name / contents, and that one usable. */
async function checkDocument(
  fields: Fields,
  store: SandboxStore,
  isMultipart: boolean,
  errors: ErrorObject[],
): Promise<DocumentFacts | undefined> {
  const sources = (['media_url', 'media_name', 'contents'] as const).filter((key) => present(fields[key]));
  if (sources.length === 0) {
    errors.push(
      errorObject('10004', 'Missing required parameter', 'One of media_url, media_name or contents is required.', {
        pointer: isMultipart ? '/contents' : '/media_url',
      }),
    );
    return undefined;
  }
  if (sources.length > 1) {
    errors.push(
      invalidField(
        `/${sources[1]}`,
        `media_url, media_name and contents are mutually exclusive; got ${sources.join(' and ')}.`,
      ),
    );
    return undefined;
  }
  const source = sources[0];
  const value = fields[source ?? ''];
  if (source === 'contents') {
    if (!isNamedFile(value)) {
      errors.push(
        invalidField('/contents', "'contents' is invalid: send it as a multipart file part with a filename."),
      );
      return undefined;
    }
    if (value.size > MAX_FILE_BYTES) {
      errors.push(invalidField('/contents', 'The file exceeds the maximum allowed size of 20 MB.'));
      return undefined;
    }
    return describeDocument(new Uint8Array(await value.arrayBuffer()), value.type);
  }
  if (typeof value !== 'string') return undefined; // already reported as "must be a string"
  if (source === 'media_url') {
    if (!isHttpUrl(value)) {
      errors.push(invalidUrl('/media_url'));
      return undefined;
    }
    // The sandbox does not fetch remote documents: it assumes a readable one-page file.
    return { contentType: 'application/pdf', readable: true, pageCount: 1 };
  }
  const media = store.mediaNamed(value);
  if (!media) {
    errors.push(invalidField('/media_name', `No media named '${value}' exists (it may have expired or been deleted).`));
    return undefined;
  }
  if (fields.store_media === true) {
    errors.push(invalidField('/store_media', 'store_media cannot be combined with media_name.'));
  }
  return describeDocument(media.bytes, media.contentType);
}

function checkOptions(fields: Fields, errors: ErrorObject[]): void {
  const { quality, client_state, black_threshold, preview_format, from_display_name, webhook_url } = fields;
  if (typeof quality === 'string' && !(QUALITIES as readonly string[]).includes(quality)) {
    errors.push(invalidField('/quality', `'quality' must be one of ${QUALITIES.join(', ')}.`));
  }
  if (
    typeof client_state === 'string' &&
    (client_state === '' || client_state.length % 4 !== 0 || !BASE64.test(client_state))
  ) {
    errors.push(invalidField('/client_state', "'client_state' must be a valid, non-empty Base64 string."));
  }
  if (
    black_threshold !== undefined &&
    (typeof black_threshold !== 'number' ||
      !Number.isInteger(black_threshold) ||
      black_threshold < 1 ||
      black_threshold > 100)
  ) {
    errors.push(invalidField('/black_threshold', "'black_threshold' must be an integer from 1 to 100."));
  }
  if (typeof preview_format === 'string' && preview_format !== 'pdf' && preview_format !== 'tiff') {
    errors.push(invalidField('/preview_format', "'preview_format' must be pdf or tiff."));
  }
  if (
    typeof from_display_name === 'string' &&
    (from_display_name.length > 128 || !DISPLAY_NAME.test(from_display_name))
  ) {
    errors.push(
      invalidField(
        '/from_display_name',
        "'from_display_name' must be at most 128 letters, digits, spaces and -_~!.+ characters.",
      ),
    );
  }
  if (typeof webhook_url === 'string' && webhook_url !== '' && !isHttpUrl(webhook_url)) {
    errors.push(invalidUrl('/webhook_url'));
  }
}
