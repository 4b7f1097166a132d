/** A request body against the operation's `requestBody`: presence, declared content type, then the schema. */
import type { LoadedSpec } from './fax-spec';
import { decodedBody, headerValue, isJsonMediaType, mediaRangeCovers, parseMediaType } from './http-message';
import { checkMultipartBody } from './multipart-body';
import type { MatchedOperation } from './operation-matcher';
import { childPointer, resolveReference, type RequestBodyObject } from './openapi-document';
import { describeSchemaErrors } from './schema-error-messages';

export interface RequestMessage {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

function decodeOrExplain(request: RequestMessage): Buffer | string {
  try {
    return decodedBody(request.body, headerValue(request.headers, 'content-encoding'));
  } catch (error) {
    return `request body cannot be decoded: ${(error as Error).message}`;
  }
}

export function checkRequestBody(spec: LoadedSpec, match: MatchedOperation, request: RequestMessage): string[] {
  const body = decodeOrExplain(request);
  if (typeof body === 'string') return [body];
  const { requestBody } = match.operation.value;
  if (!requestBody) {
    return body.length > 0 ? [`request has a ${body.length}-byte body but the operation declares no request body`] : [];
  }
  const declared = resolveReference<RequestBodyObject>(spec.document, {
    value: requestBody,
    pointer: childPointer(match.operation.pointer, 'requestBody'),
  });
  if (body.length === 0) return declared.value.required ? ['request body is required but the request has none'] : [];

  const contentType = headerValue(request.headers, 'content-type');
  if (!contentType) return ['request has a body but no Content-Type'];
  const mediaType = parseMediaType(contentType);
  const ranges = Object.keys(declared.value.content ?? {});
  const range = ranges.find((r) => mediaRangeCovers(r, mediaType.essence));
  if (range === undefined) {
    return [`request Content-Type '${mediaType.essence}' is not declared (declared: ${ranges.join(', ') || 'none'})`];
  }
  const schema = declared.value.content?.[range]?.schema;
  if (!schema) return [];
  const schemaPointer = childPointer(declared.pointer, 'content', range, 'schema');

  if (isJsonMediaType(mediaType.essence)) {
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return [`request body is not valid JSON: ${(error as Error).message}`];
    }
    return describeSchemaErrors('request body', spec.validators.validate(schemaPointer, json, 'json'), json);
  }
  if (mediaType.essence === 'multipart/form-data') {
    return checkMultipartBody(spec, schemaPointer, schema, body, mediaType.parameters.boundary);
  }
  // Other media types (raw files and the like) have no structure to check beyond being declared.
  return [];
}
