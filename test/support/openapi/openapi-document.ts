/**
 * The parts of an OpenAPI 3.1 document the conformance checker reads, and how to follow its
 * local `$ref`s. Every node is kept together with its JSON pointer, because Ajv validates a
 * schema by reference into the whole document (so the schema's own `#/components/...` refs
 * resolve), and it needs to know where that schema lives.
 */

export type JsonSchema = { readonly [keyword: string]: unknown };

export interface Reference {
  readonly $ref: string;
}

export interface ParameterObject {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly style?: string;
  readonly explode?: boolean;
  readonly schema?: JsonSchema;
}

export interface MediaTypeObject {
  readonly schema?: JsonSchema;
}

export interface RequestBodyObject {
  readonly required?: boolean;
  readonly content?: Readonly<Record<string, MediaTypeObject>>;
}

export interface ResponseObject {
  readonly description?: string;
  readonly content?: Readonly<Record<string, MediaTypeObject>>;
}

/** Scheme name → scopes; a requirement is met when all of its schemes are. */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

export interface OperationObject {
  readonly operationId?: string;
  readonly parameters?: readonly (ParameterObject | Reference)[];
  readonly requestBody?: RequestBodyObject | Reference;
  readonly responses?: Readonly<Record<string, ResponseObject | Reference>>;
  readonly security?: readonly SecurityRequirement[];
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

export type PathItemObject = { readonly parameters?: readonly (ParameterObject | Reference)[] } & {
  readonly [method in HttpMethod]?: OperationObject;
};

export interface SecuritySchemeObject {
  readonly type: string;
  readonly scheme?: string;
  readonly in?: string;
  readonly name?: string;
}

export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths?: Readonly<Record<string, PathItemObject>>;
  readonly security?: readonly SecurityRequirement[];
  readonly components?: {
    readonly securitySchemes?: Readonly<Record<string, SecuritySchemeObject | Reference>>;
  };
}

/** A node of the document and the JSON pointer (RFC 6901, without the leading '#') it was found at. */
export interface Located<T> {
  readonly value: T;
  readonly pointer: string;
}

export function isReference(node: unknown): node is Reference {
  return typeof node === 'object' && node !== null && typeof (node as { $ref?: unknown }).$ref === 'string';
}

export function pointerToken(key: string | number): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1');
}

export function childPointer(pointer: string, ...keys: (string | number)[]): string {
  return pointer + keys.map((key) => `/${pointerToken(key)}`).join('');
}

/** The node at a JSON pointer, or undefined when the path does not exist. */
export function nodeAt(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node = document;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Follows local `$ref`s (`#/...`) until a non-reference node. Refs to other files cannot occur
 * in the excerpt (API-NOTES: "All `$ref`s resolve inside the file"), so they are an error here.
 */
export function resolveReference<T>(document: unknown, located: Located<T | Reference>): Located<T> {
  let current: Located<unknown> = located;
  for (let hops = 0; isReference(current.value); hops += 1) {
    const ref = current.value.$ref;
    if (!ref.startsWith('#') || hops > 32) throw new Error(`Cannot resolve $ref ${ref} at ${current.pointer}`);
    const pointer = decodeURIComponent(ref.slice(1));
    const value = nodeAt(document, pointer);
    if (value === undefined) throw new Error(`Dangling $ref ${ref} at ${current.pointer}`);
    current = { value, pointer };
  }
  return current as Located<T>;
}

/** The `type` keyword as a list, whether the schema wrote one type, several, or none. */
export function schemaTypes(schema: JsonSchema): unknown[] {
  return ([] as unknown[]).concat(schema.type ?? []);
}

/** A schema with its `$ref` chain followed; anything that is not an object reads as the empty schema. */
export function resolveSchema(document: unknown, schema: unknown): JsonSchema {
  if (!isReference(schema)) return typeof schema === 'object' && schema !== null ? (schema as JsonSchema) : {};
  return resolveReference<JsonSchema>(document, { value: schema, pointer: '' }).value;
}

export function isListSchema(document: unknown, schema: unknown): boolean {
  const resolved = resolveSchema(document, schema);
  return resolved.items !== undefined || schemaTypes(resolved).includes('array');
}
