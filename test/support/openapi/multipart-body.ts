/**
 * A multipart/form-data request body against its schema: text parts become the (coerced)
 * values of their properties, file parts stand in for `format: binary` properties, and the
 * whole is validated like an object, so `required` and enums apply as they do to JSON.
 */
import type { LoadedSpec } from './fax-spec';
import { readMultipartForm, type FormPart } from './multipart-form';
import { isListSchema, resolveSchema, type JsonSchema } from './openapi-document';
import { describeSchemaErrors } from './schema-error-messages';

/** OpenAPI 3.1 spells a file `format: binary` (3.0 style) or `contentMediaType` without an encoding. */
function isFileSchema(schema: JsonSchema): boolean {
  return schema.format === 'binary' || ('contentMediaType' in schema && !('contentEncoding' in schema));
}

function describePart(part: FormPart): string {
  return part.filename === undefined
    ? part.content.toString('utf8')
    : `<file ${part.filename}, ${part.content.length} bytes>`;
}

export function checkMultipartBody(
  spec: LoadedSpec,
  schemaPointer: string,
  schema: unknown,
  body: Buffer,
  boundary: string | undefined,
): string[] {
  if (!boundary) return ['multipart request has no boundary parameter in its Content-Type'];
  const reading = readMultipartForm(body, boundary);
  if (!reading.ok) return [`multipart body is malformed: ${reading.reason}`];

  const properties = resolveSchema(spec.document, schema).properties as Record<string, unknown> | undefined;
  const form: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const part of reading.parts) {
    const declared = properties && Object.hasOwn(properties, part.name) ? properties[part.name] : undefined;
    const isList = declared !== undefined && isListSchema(spec.document, declared);
    const itemSchema = resolveSchema(spec.document, isList ? resolveSchema(spec.document, declared).items : declared);
    const wantsFile = declared !== undefined && isFileSchema(itemSchema);
    const isFile = part.filename !== undefined;
    if (wantsFile && !isFile) {
      // Telnyx answers "422 'contents' is invalid" to a file part without a filename (API-NOTES §2.1, ISSUE-150).
      problems.push(`multipart field '${part.name}' is a file (format: binary) but its part has no filename`);
    } else if (declared !== undefined && !wantsFile && isFile) {
      problems.push(`multipart field '${part.name}' is sent as a file (${part.filename}) but the schema expects text`);
    }

    const value = describePart(part);
    if (isList) form[part.name] = [...((form[part.name] as unknown[] | undefined) ?? []), value];
    else if (Object.hasOwn(form, part.name)) problems.push(`multipart field '${part.name}' is sent more than once`);
    else form[part.name] = value;
  }

  const errors = spec.validators.validate(schemaPointer, form, 'text');
  return [...problems, ...describeSchemaErrors('multipart body', errors, form)];
}
