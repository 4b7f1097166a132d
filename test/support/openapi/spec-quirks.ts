/**
 * Local patches that make the upstream spec agree with itself, applied to the parsed document
 * before validation (the YAML in test/fixtures/telnyx stays untouched: it is a faithful copy of upstream).
 *
 * 1. A schema accepts its own declared `default`. Upstream has `default: null` on nine fields
 *    typed integer or string only (FaxApplication and its create/update requests:
 *    `inbound.channel_limit`, `inbound.sip_subdomain`, `outbound.channel_limit`; API-NOTES §10
 *    "Validator note"), and `WebhookEventFailoverUrl` defaults to '' while requiring
 *    `format: uri`. A default is by definition what the API reports for an unset field, so a
 *    response carrying it is conformant. `null` defaults widen `type` (errors stay readable);
 *    any other rejected default is admitted with `anyOf: [schema, { const: default }]`.
 * 2. OpenAPI 3.0's `nullable: true` (not in this excerpt, tolerated should it appear) is honoured
 *    the 3.1 way, as `null` among the types.
 *
 * Annotation keywords (`example`, `x-*`) need no patch: Ajv runs with `strict: false`.
 */
import { forEachSchema } from './schema-walk';
import { createAjv, refInto } from './schema-validators';

export interface QuirkPatch {
  readonly pointer: string;
  readonly change: string;
}

type MutableSchema = Record<string, unknown>;

function typesOf(schema: MutableSchema): string[] | undefined {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return undefined;
}

/** Makes `null` valid without touching what else the schema accepts. */
function admitNull(schema: MutableSchema): void {
  const types = typesOf(schema);
  if (types && !types.includes('null')) schema.type = [...types, 'null'];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...(schema.enum as unknown[]), null];
}

function admitConstant(schema: MutableSchema, value: unknown): void {
  const original = { ...schema };
  for (const key of Object.keys(schema)) delete schema[key];
  schema.anyOf = [original, { const: value }];
}

function honourNullable(document: object): QuirkPatch[] {
  const patches: QuirkPatch[] = [];
  forEachSchema(document, (schema, pointer) => {
    if (schema.nullable !== true) return;
    admitNull(schema);
    patches.push({ pointer, change: 'nullable: true → null admitted' });
  });
  return patches;
}

function acceptDeclaredDefaults(document: object): QuirkPatch[] {
  // A throwaway Ajv over the unpatched document finds the defaults their own schema rejects.
  const probeId = 'urn:faxdesk:openapi-quirk-probe';
  const probe = createAjv({ coerceTypes: false });
  probe.addSchema({ ...document, $id: probeId });
  const rejected: { schema: MutableSchema; pointer: string }[] = [];
  forEachSchema(document, (schema, pointer) => {
    if (!Object.hasOwn(schema, 'default')) return;
    if (!probe.validate({ $ref: refInto(probeId, pointer) }, schema.default)) rejected.push({ schema, pointer });
  });

  return rejected.map(({ schema, pointer }) => {
    const value = schema.default;
    if (value === null) admitNull(schema);
    else admitConstant(schema, value);
    return { pointer, change: `default ${JSON.stringify(value)} failed its own schema → admitted` };
  });
}

/** Patches `document` in place and lists what changed, so a reader can see every deviation from upstream. */
export function patchSpecQuirks(document: object): QuirkPatch[] {
  return [...honourNullable(document), ...acceptDeclaredDefaults(document)];
}
