/**
 * `/v2/media`: Telnyx Media Storage, where a client uploads a document before faxing it by
 * `media_name`. Upload is multipart only: the JSON form asks Telnyx to fetch a `media_url`,
 * which the sandbox (offline by design) refuses with a 422 that says so. PUT is not simulated.
 */
import { randomUUID } from 'node:crypto';
import type { ErrorObject } from '../api-error';
import { ApiError, errorObject, invalidField, missingField, notFound, unprocessable } from '../api-error';
import { contentTypeOf, mediaTypeEssence } from '../documents';
import { paginate } from '../pagination';
import { fileTooLarge, isNamedFile, MAX_FILE_BYTES, readParsedBody } from '../request-body';
import type { ApiResponse, Route, RouteRequest, SandboxContext } from '../router';
import type { MediaRecord } from '../store';
import { mediaResource } from '../store';

const DEFAULT_TTL_SECS = 2 * 24 * 60 * 60;
const MAX_TTL_SECS = 630_720_000;
/** Media names become URL path segments; keep them to one segment of sane length. */
const MEDIA_NAME = /^[^/\s][^/]{0,254}$/;

function liveMedia(request: RouteRequest, context: SandboxContext): MediaRecord {
  const media = context.store.mediaNamed(request.params.media_name ?? '');
  if (!media) throw notFound();
  return media;
}

async function uploadMedia(request: RouteRequest, context: SandboxContext): Promise<ApiResponse> {
  const body = await readParsedBody(request.raw, '/media');
  if (body.kind === 'json') {
    throw unprocessable([
      invalidField(
        '/media_url',
        'Uploading from media_url is not supported by the sandbox; send the file as multipart.',
      ),
    ]);
  }
  if (body.kind !== 'multipart') throw unprocessable([missingField('/media')]);

  const file = body.form.get('media');
  const name = body.form.get('media_name');
  const ttl = body.form.get('ttl_secs');
  if (file === null) throw unprocessable([missingField('/media')]);
  if (!isNamedFile(file)) {
    throw unprocessable([invalidField('/media', "'media' is invalid: send it as a file part with a filename.")]);
  }
  if (file.size > MAX_FILE_BYTES) throw fileTooLarge('/media');

  const errors: ErrorObject[] = [];
  let ttlSecs = DEFAULT_TTL_SECS;
  if (ttl !== null) {
    const n = typeof ttl === 'string' && /^\d+$/.test(ttl) ? Number(ttl) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > MAX_TTL_SECS) {
      errors.push(invalidField('/ttl_secs', `'ttl_secs' must be an integer from 1 to ${MAX_TTL_SECS}.`));
    } else {
      ttlSecs = n;
    }
  }
  let mediaName: string = randomUUID();
  if (name !== null && name !== '') {
    if (typeof name !== 'string' || !MEDIA_NAME.test(name)) {
      errors.push(invalidField('/media_name', "'media_name' must be 1-255 characters without '/'."));
    } else if (context.store.mediaNamed(name)) {
      errors.push(
        errorObject('10012', 'Duplicate resource', `Media named '${name}' already exists.`, { pointer: '/media_name' }),
      );
    } else {
      mediaName = name;
    }
  }
  if (errors.length > 0) throw new ApiError(422, errors);

  const bytes = Buffer.from(await file.arrayBuffer());
  const nowMs = context.now();
  const media: MediaRecord = {
    name: mediaName,
    contentType: contentTypeOf(bytes, file.type),
    bytes,
    createdAtMs: nowMs,
    updatedAtMs: nowMs,
    expiresAtMs: nowMs + ttlSecs * 1000,
  };
  context.store.addMedia(media);
  return { status: 201, json: { data: mediaResource(media) } };
}

function listMedia(request: RouteRequest, context: SandboxContext): ApiResponse {
  // Stored types are lower-case essences (no parameters); compare the wanted ones the same way.
  const wanted = new Set(request.query.list('filter[content_type]').map(mediaTypeEssence));
  const media = context.store.allMedia().filter((m) => wanted.size === 0 || wanted.has(m.contentType));
  const page = paginate(media, request.query);
  return { status: 200, json: { data: page.data.map(mediaResource), meta: page.meta } };
}

function getMedia(request: RouteRequest, context: SandboxContext): ApiResponse {
  return { status: 200, json: { data: mediaResource(liveMedia(request, context)) } };
}

function deleteMedia(request: RouteRequest, context: SandboxContext): ApiResponse {
  context.store.deleteMedia(liveMedia(request, context).name);
  return { status: 204 };
}

function downloadMedia(request: RouteRequest, context: SandboxContext): ApiResponse {
  const media = liveMedia(request, context);
  // The spec declares application/octet-stream whatever the file is.
  return { status: 200, bytes: { data: media.bytes, contentType: 'application/octet-stream' } };
}

export const mediaRoutes: Route[] = [
  { pattern: '/v2/media', methods: { GET: listMedia, POST: uploadMedia } },
  { pattern: '/v2/media/:media_name', methods: { GET: getMedia, DELETE: deleteMedia } },
  { pattern: '/v2/media/:media_name/download', methods: { GET: downloadMedia } },
];
