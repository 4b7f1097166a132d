/**
 * deepObject query parameters (`filter[created_at][gte]=…`, `page[size]=…`) turned back into the
 * objects their schemas describe, plus the question the schema alone cannot answer: was each
 * bracketed key declared at all? (The filter schemas allow unknown properties, but a server
 * ignores `filter[status][eq]` silently — exactly the mistake worth catching.)
 */
import { isListSchema, resolveSchema, schemaTypes, type JsonSchema } from './openapi-document';

export interface BracketKey {
  readonly name: string;
  /** Bracketed segments in order; '' for an append (`[]`). */
  readonly path: readonly string[];
}

/** `filter[created_at][gte]` → { name: 'filter', path: ['created_at', 'gte'] }; a malformed key is all name. */
export function splitBracketKey(key: string): BracketKey {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match?.[1]) return { name: key, path: [] };
  const path = [...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? '');
  return { name: match[1], path };
}

export function bracketKey(name: string, path: readonly string[]): string {
  return name + path.map((segment) => `[${segment}]`).join('');
}

const isIndex = (segment: string) => segment === '' || /^\d+$/.test(segment);
type Container = Record<string, unknown> | unknown[];

/** Stores one query value in the object tree; returns why it cannot be stored, if so. */
export function assignDeepValue(
  root: Record<string, unknown>,
  path: readonly string[],
  value: string,
): string | undefined {
  let node: Container = root;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    const next = path[i + 1];
    if (Array.isArray(node) && !isIndex(segment)) return 'mixes list and object syntax';
    const slots = node as Record<string, unknown>;
    const key = segment === '' && Array.isArray(node) ? String(node.length) : segment;
    const existing = Object.hasOwn(slots, key) ? slots[key] : undefined;
    if (last) {
      if (existing !== undefined) return 'is sent more than once';
      slots[key] = value;
      return undefined;
    }
    const wantsArray = next !== undefined && isIndex(next);
    if (existing === undefined) slots[key] = wantsArray ? [] : {};
    else if (typeof existing !== 'object' || existing === null || Array.isArray(existing) !== wantsArray) {
      return 'conflicts with another value sent for the same parameter';
    }
    node = slots[key] as Container;
  }
  return undefined;
}

function isObjectNode(node: unknown): node is JsonSchema {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** A schema that says nothing about its children (no structure, no type that excludes them) allows any. */
function isFreeForm(schema: JsonSchema): boolean {
  const structural = ['properties', 'additionalProperties', 'patternProperties', 'items', 'allOf', 'anyOf', 'oneOf'];
  const types = schemaTypes(schema);
  const isScalar = types.length > 0 && !types.includes('object') && !types.includes('array');
  return !structural.some((k) => k in schema) && !isScalar && !('enum' in schema) && !('const' in schema);
}

/** The schema for `segment` under `schema`, or undefined when the schema does not declare it. */
function childSchema(document: unknown, schema: unknown, segment: string): unknown {
  const resolved = resolveSchema(document, schema);
  const branches = ['allOf', 'anyOf', 'oneOf']
    .flatMap((k) => (Array.isArray(resolved[k]) ? (resolved[k] as unknown[]) : []))
    .map((branch) => resolveSchema(document, branch));
  const candidates = [resolved, ...branches];
  for (const { properties, additionalProperties, patternProperties, items, ...rest } of candidates) {
    if (isIndex(segment) && (items !== undefined || schemaTypes(rest).includes('array'))) return items ?? {};
    if (isObjectNode(properties) && Object.hasOwn(properties, segment)) return properties[segment];
    if (isObjectNode(patternProperties)) {
      const hit = Object.entries(patternProperties).find(([pattern]) => new RegExp(pattern, 'u').test(segment));
      if (hit) return hit[1];
    }
    if (additionalProperties === true || isObjectNode(additionalProperties)) return additionalProperties;
  }
  return candidates.some(isFreeForm) ? {} : undefined;
}

export function isDeclaredPath(document: unknown, schema: unknown, path: readonly string[]): boolean {
  let node: unknown = schema;
  for (const segment of path) {
    node = childSchema(document, node, segment);
    if (node === undefined) return false;
  }
  return true;
}

/** The bracketed keys a schema declares, for telling a client what it could have sent. */
export function declaredKeys(document: unknown, name: string, schema: unknown, path: string[] = []): string[] {
  const resolved = resolveSchema(document, schema);
  if (path.length < 4 && isObjectNode(resolved.properties)) {
    return Object.entries(resolved.properties).flatMap(([key, child]) =>
      declaredKeys(document, name, child, [...path, key]),
    );
  }
  return [bracketKey(name, isListSchema(document, resolved) ? [...path, ''] : path)];
}
