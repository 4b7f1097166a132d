/**
 * `/v2/media`: Telnyx Media Storage, where a client uploads a document before faxing it by
 * `media_name`. Upload and update take the file as multipart `media` or, in JSON, a `media_url`
 * — the only form the official SDK's typed `media.upload` sends. The sandbox never fetches that
 * URL; it keeps a one-page stand-in (media-request.ts). Expired media is gone everywhere.
 */
import { randomUUID } from 'node:crypto';
import { notFound } from '../api-error';
import { mediaTypeEssence } from '../documents';
import type { StoredDocument } from '../media-request';
import { validateUpdateMedia, validateUploadMedia } from '../media-request';
import { paginate } from '../pagination';
import { readParsedBody } from '../request-body';
import type { ApiResponse, Route, RouteRequest, SandboxContext } from '../router';
import type { MediaRecord } from '../store';
import { mediaResource } from '../store';

function liveMedia(request: RouteRequest, context: SandboxContext): MediaRecord {
  const media = context.store.mediaNamed(request.params.media_name ?? '');
  if (!media) throw notFound();
  return media;
}

function storeMedia(
  context: SandboxContext,
  name: string,
  document: StoredDocument,
  ttlSecs: number,
  createdAtMs: number,
): MediaRecord {
  const nowMs = context.now();
  const media: MediaRecord = {
    name,
    contentType: document.contentType,
    bytes: document.bytes,
    createdAtMs,
    updatedAtMs: nowMs,
    expiresAtMs: nowMs + ttlSecs * 1000,
  };
  context.store.addMedia(media);
  return media;
}

async function uploadMedia(request: RouteRequest, context: SandboxContext): Promise<ApiResponse> {
  const input = await validateUploadMedia(await readParsedBody(request.raw, '/media'), context.store);
  const media = storeMedia(context, input.name ?? randomUUID(), input.document, input.ttlSecs, context.now());
  return { status: 201, json: { data: mediaResource(media) } };
}

async function updateMedia(request: RouteRequest, context: SandboxContext): Promise<ApiResponse> {
  const current = liveMedia(request, context);
  const input = await validateUpdateMedia(await readParsedBody(request.raw, '/media'));
  const document = input.document ?? { bytes: current.bytes, contentType: current.contentType };
  const media = storeMedia(context, current.name, document, input.ttlSecs, current.createdAtMs);
  return { status: 200, json: { data: mediaResource(media) } };
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
  { pattern: '/v2/media/:media_name', methods: { GET: getMedia, PUT: updateMedia, DELETE: deleteMedia } },
  { pattern: '/v2/media/:media_name/download', methods: { GET: downloadMedia } },
];
