/**
 * A response against the operation's `responses`: the status must be declared (exactly, as a
 * range like `4XX`, or through `default`); a declared JSON body is parsed and validated; a
 * response declared without content must have an empty body. Non-JSON content (the media
 * download's `application/octet-stream`) has nothing to validate beyond its status.
 */
import type { LoadedSpec } from './fax-spec';
import { decodedBody, headerValue, isJsonMediaType, parseMediaType } from './http-message';
import type { MatchedOperation } from './operation-matcher';
import { childPointer, resolveReference, type Located, type ResponseObject } from './openapi-document';
import { describeSchemaErrors } from './schema-error-messages';

export interface ResponseMessage {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

function declaredResponse(
  spec: LoadedSpec,
  match: MatchedOperation,
  status: number,
): Located<ResponseObject> | undefined {
  const responses = match.operation.value.responses ?? {};
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => Object.hasOwn(responses, k));
  const response = key === undefined ? undefined : responses[key];
  if (key === undefined || response === undefined) return undefined;
  return resolveReference<ResponseObject>(spec.document, {
    value: response,
    pointer: childPointer(match.operation.pointer, 'responses', key),
  });
}

function validateJsonBody(
  spec: LoadedSpec,
  response: Located<ResponseObject>,
  mediaRange: string,
  body: Buffer,
): string[] {
  if (!response.value.content?.[mediaRange]?.schema) return [];
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (error) {
    return [`response body is not valid JSON: ${(error as Error).message}`];
  }
  const pointer = childPointer(response.pointer, 'content', mediaRange, 'schema');
  return describeSchemaErrors('response body', spec.validators.validate(pointer, json, 'json'), json);
}

export function checkResponse(spec: LoadedSpec, match: MatchedOperation, message: ResponseMessage): string[] {
  const response = declaredResponse(spec, match, message.status);
  if (!response) {
    const declared = Object.keys(match.operation.value.responses ?? {}).join(', ');
    return [`status ${message.status} is not declared and there is no default (declared: ${declared})`];
  }
  let body: Buffer;
  try {
    body = decodedBody(message.body, headerValue(message.headers, 'content-encoding'));
  } catch (error) {
    return [`response body cannot be decoded: ${(error as Error).message}`];
  }

  const ranges = Object.keys(response.value.content ?? {});
  if (ranges.length === 0) {
    return body.length > 0
      ? [`status ${message.status} declares no body, but the response has ${body.length} bytes`]
      : [];
  }
  const jsonRange = ranges.find((range) => isJsonMediaType(parseMediaType(range).essence));
  const contentType = headerValue(message.headers, 'content-type');
  const sentJson = contentType !== undefined && isJsonMediaType(parseMediaType(contentType).essence);
  if (sentJson && jsonRange !== undefined) return validateJsonBody(spec, response, jsonRange, body);
  if (sentJson) return [`response Content-Type '${contentType}' is not declared (declared: ${ranges.join(', ')})`];
  if (ranges.some((range) => !isJsonMediaType(parseMediaType(range).essence))) return [];
  return body.length === 0
    ? [`status ${message.status} declares a JSON body (${ranges.join(', ')}), but the response has none`]
    : [`response Content-Type is '${contentType ?? '(none)'}', but the spec declares ${ranges.join(', ')}`];
}
