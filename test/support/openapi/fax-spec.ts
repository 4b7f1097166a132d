/**
 * The Telnyx fax OpenAPI excerpt (test/fixtures/telnyx/openapi-fax.yaml, with its source in its
 * header), parsed, patched and compiled once per process.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { OpenApiDocument } from './openapi-document';
import { createSchemaValidators, type SchemaValidators } from './schema-validators';
import { patchSpecQuirks, type QuirkPatch } from './spec-quirks';

export const faxSpecPath = resolve(import.meta.dirname, '../../fixtures/telnyx/openapi-fax.yaml');

export interface LoadedSpec {
  readonly document: OpenApiDocument;
  readonly validators: SchemaValidators;
  /** Every local deviation from the upstream text, for whoever wonders why something passed. */
  readonly quirks: readonly QuirkPatch[];
}

export function loadSpec(path: string): LoadedSpec {
  const parsed: unknown = parse(readFileSync(path, 'utf8'));
  const version = (parsed as { openapi?: unknown } | null)?.openapi;
  if (typeof version !== 'string' || !version.startsWith('3.1')) {
    throw new Error(`${path} is not an OpenAPI 3.1 document (openapi: ${String(version)})`);
  }
  const document = parsed as OpenApiDocument;
  const quirks = patchSpecQuirks(document);
  return { document, quirks, validators: createSchemaValidators(document, pathToFileURL(path).href) };
}

let faxSpecOnce: LoadedSpec | undefined;

export function faxSpec(): LoadedSpec {
  faxSpecOnce ??= loadSpec(faxSpecPath);
  return faxSpecOnce;
}
