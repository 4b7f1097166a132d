/**
 * Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) over a whole OpenAPI document.
 *
 * The document is added as one schema with an `$id`, and each check compiles `{ $ref: id#pointer }`
 * into it, so `#/components/...` refs inside any schema resolve exactly as the spec wrote them.
 * `strict: false` because OpenAPI schemas carry keywords JSON Schema does not know (`example`,
 * `nullable`, `discriminator`, `x-*`); they are annotations and must not stop compilation.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** How strings become data: JSON bodies are typed already; query, path and form values are all text. */
export type ValueOrigin = 'json' | 'text';

export interface SchemaValidators {
  /**
   * Validates `data` against the schema at `pointer` and returns Ajv's errors (empty when valid).
   * With origin 'text', numeric and boolean strings are converted in place to the schema's type first.
   */
  validate(pointer: string, data: unknown, origin: ValueOrigin): readonly ErrorObject[];
}

export function createAjv(options: { coerceTypes: boolean }): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: options.coerceTypes });
  addFormats(ajv);
  // OpenAPI's `format: binary` marks a file: any bytes are valid, and the checker only sees a placeholder.
  ajv.addFormat('binary', true);
  return ajv;
}

/** A `$ref` to a JSON pointer inside the document; each token is URI-encoded (paths hold `{` and `}`). */
export function refInto(documentId: string, pointer: string): string {
  return `${documentId}#${pointer.split('/').map(encodeURIComponent).join('/')}`;
}

export function createSchemaValidators(document: object, documentId: string): SchemaValidators {
  const instances: Record<ValueOrigin, Ajv2020> = {
    json: createAjv({ coerceTypes: false }),
    text: createAjv({ coerceTypes: true }),
  };
  for (const ajv of Object.values(instances)) ajv.addSchema({ ...document, $id: documentId });
  const compiled = new Map<string, ValidateFunction>();

  return {
    validate(pointer, data, origin) {
      const key = `${origin} ${pointer}`;
      let validateFn = compiled.get(key);
      if (!validateFn) {
        validateFn = instances[origin].compile({ $ref: refInto(documentId, pointer) });
        compiled.set(key, validateFn);
      }
      return validateFn(data) ? [] : [...(validateFn.errors ?? [])];
    },
  };
}
