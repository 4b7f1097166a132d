/**
 * Visits every JSON Schema in an OpenAPI document: `components.schemas.*` and every `schema`
 * of a parameter, media type or header, then their subschemas through the schema keywords.
 * Walking by keyword (not by key name) is what tells a `default` keyword apart from the
 * `default` entry of a `responses` map or a property that happens to be called "default".
 */
import { childPointer } from './openapi-document';

export type SchemaVisitor = (schema: Record<string, unknown>, pointer: string) => void;

const singleSubschema = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
] as const;
const subschemaLists = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const subschemaMaps = ['properties', 'patternProperties', '$defs', 'dependentSchemas'] as const;

/** Values that are data, not structure: never look inside them for schemas. */
function isOpaque(key: string): boolean {
  return key === 'example' || key === 'examples' || key.startsWith('x-');
}

function isObject(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

function walkSchema(schema: unknown, pointer: string, visit: SchemaVisitor): void {
  if (!isObject(schema)) return;
  visit(schema, pointer);
  for (const keyword of singleSubschema) walkSchema(schema[keyword], childPointer(pointer, keyword), visit);
  for (const keyword of subschemaLists) {
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((item, i) => walkSchema(item, childPointer(pointer, keyword, i), visit));
  }
  for (const keyword of subschemaMaps) {
    const map = schema[keyword];
    if (!isObject(map)) continue;
    for (const [name, child] of Object.entries(map)) walkSchema(child, childPointer(pointer, keyword, name), visit);
  }
}

function walkStructure(node: unknown, pointer: string, visit: SchemaVisitor): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walkStructure(item, childPointer(pointer, i), visit));
    return;
  }
  if (!isObject(node)) return;
  for (const [key, child] of Object.entries(node)) {
    if (isOpaque(key)) continue;
    const here = childPointer(pointer, key);
    if (key === 'schema') walkSchema(child, here, visit);
    else if (key === 'schemas' && pointer === '/components' && isObject(child)) {
      for (const [name, schema] of Object.entries(child)) walkSchema(schema, childPointer(here, name), visit);
    } else walkStructure(child, here, visit);
  }
}

export function forEachSchema(document: unknown, visit: SchemaVisitor): void {
  walkStructure(document, '', visit);
}
