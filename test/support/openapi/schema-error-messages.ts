/** Ajv errors as sentences a person can act on: where (JSON pointer), what Ajv said, and the offending value. */
import type { ErrorObject } from 'ajv';

function valueAt(data: unknown, instancePath: string): unknown {
  let node = data;
  for (const token of instancePath.split('/').slice(1)) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Keywords whose instancePath is the parent object, not the value they object to. */
const judgesParent = ['required', 'additionalProperties', 'anyOf', 'oneOf', 'dependentRequired'];

function detail(error: ErrorObject, data: unknown): string {
  const params = error.params as Record<string, unknown>;
  const notes: string[] = [];
  if (Array.isArray(params.allowedValues)) {
    notes.push(`allowed: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`);
  }
  if (typeof params.additionalProperty === 'string') notes.push(`property '${params.additionalProperty}'`);
  // The value only helps when it is short and is the one the keyword judged.
  const value = valueAt(data, error.instancePath);
  const judgesValue = !judgesParent.includes(error.keyword);
  if (judgesValue && value !== undefined && (value === null || typeof value !== 'object')) {
    const shown = JSON.stringify(value);
    notes.push(`got ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`);
  }
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

/** Ajv says "must be integer,null" for a list of types; people say "integer or null". */
function message(error: ErrorObject): string {
  const { type } = error.params as { type?: unknown };
  if (error.keyword === 'type' && typeof type === 'string') return `must be ${type.split(',').join(' or ')}`;
  if (error.keyword === 'type' && Array.isArray(type)) return `must be ${type.join(' or ')}`;
  return error.message ?? error.keyword;
}

/**
 * One line per error: `${subject} ${pointer}: ${message} (details)`.
 * `label` may rename a pointer for its reader, e.g. '/created_at/gte' → "filter[created_at][gte]".
 */
export function describeSchemaErrors(
  subject: string,
  errors: readonly ErrorObject[],
  data: unknown,
  label: (instancePath: string) => string = (path) => path || '/',
): string[] {
  return errors.map((error) => `${subject} ${label(error.instancePath)}: ${message(error)}${detail(error, data)}`);
}
