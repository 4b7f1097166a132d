/**
 * Finds the spec operation for a method and a path (already stripped of the server's base
 * path). Path templates match segment by segment; where several templates fit, the one with a
 * literal segment at the first place they differ wins, as OpenAPI asks ("concrete paths are
 * matched before their templated counterparts").
 */
import {
  childPointer,
  httpMethods,
  resolveReference,
  type HttpMethod,
  type Located,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  type PathItemObject,
  type Reference,
} from './openapi-document';

export interface MatchedOperation {
  /** Method and template, the way people name an operation: 'POST /faxes/{id}/actions/cancel'. */
  readonly label: string;
  readonly operation: Located<OperationObject>;
  /** Path-item and operation parameters, refs resolved; the operation's win on the same name and place. */
  readonly parameters: readonly Located<ParameterObject>[];
  /** Raw (still percent-encoded) path segments captured by the template's parameters. */
  readonly rawPathParams: Readonly<Record<string, string>>;
}

export type OperationLookup =
  { readonly found: true; readonly match: MatchedOperation } | { readonly found: false; readonly reason: string };

interface SegmentPattern {
  readonly literal: boolean;
  readonly regex: RegExp;
  readonly names: readonly string[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function segmentPattern(segment: string): SegmentPattern {
  const names: string[] = [];
  const source = segment
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      if (!param?.[1]) return escapeRegex(part);
      names.push(param[1]);
      return '([^/]+)';
    })
    .join('');
  return { literal: names.length === 0, regex: new RegExp(`^${source}$`), names };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The captured parameters, or undefined when the template does not fit the path. */
function captureParams(
  patterns: readonly SegmentPattern[],
  segments: readonly string[],
): Record<string, string> | undefined {
  if (patterns.length !== segments.length) return undefined;
  const captured: Record<string, string> = {};
  for (const [i, pattern] of patterns.entries()) {
    const segment = segments[i] ?? '';
    // Literal segments compare decoded, so '/fa%78es' is still '/faxes'; parameters keep their raw text.
    const groups = pattern.regex.exec(pattern.literal ? safeDecode(segment) : segment);
    if (!groups) return undefined;
    pattern.names.forEach((name, g) => (captured[name] = groups[g + 1] ?? ''));
  }
  return captured;
}

/** Negative when `a` is more concrete than `b` at the first segment where they differ. */
function compareConcreteness(a: readonly SegmentPattern[], b: readonly SegmentPattern[]): number {
  for (const [i, segment] of a.entries()) {
    const other = b[i];
    if (other && segment.literal !== other.literal) return segment.literal ? -1 : 1;
  }
  return 0;
}

function mergeParameters(
  document: OpenApiDocument,
  pathItem: Located<PathItemObject>,
  operation: Located<OperationObject>,
): Located<ParameterObject>[] {
  const resolveAll = (list: readonly (ParameterObject | Reference)[] | undefined, pointer: string) =>
    (list ?? []).map((value, i) =>
      resolveReference<ParameterObject>(document, { value, pointer: childPointer(pointer, 'parameters', i) }),
    );
  const byKey = new Map<string, Located<ParameterObject>>();
  for (const parameter of [
    ...resolveAll(pathItem.value.parameters, pathItem.pointer),
    ...resolveAll(operation.value.parameters, operation.pointer),
  ]) {
    byKey.set(`${parameter.value.in} ${parameter.value.name}`, parameter);
  }
  return [...byKey.values()];
}

export function findOperation(document: OpenApiDocument, method: string, path: string): OperationLookup {
  const segments = path.split('/').slice(1);
  const fits = Object.entries(document.paths ?? {})
    .map(([template, pathItem]) => {
      const patterns = template.split('/').slice(1).map(segmentPattern);
      return { template, pathItem, patterns, params: captureParams(patterns, segments) };
    })
    .filter((candidate) => candidate.params !== undefined)
    .sort((a, b) => compareConcreteness(a.patterns, b.patterns));

  const wanted = method.toLowerCase() as HttpMethod;
  const withMethod = fits.find((candidate) => httpMethods.includes(wanted) && candidate.pathItem[wanted]);
  if (!withMethod) {
    const allowed = [...new Set(fits.flatMap((c) => httpMethods.filter((m) => c.pathItem[m])))];
    const hint = allowed.length > 0 ? ` (the path allows ${allowed.map((m) => m.toUpperCase()).join(', ')})` : '';
    return { found: false, reason: `no such operation in the spec: ${method.toUpperCase()} ${path}${hint}` };
  }

  const { template, pathItem, params } = withMethod;
  const pathItemNode: Located<PathItemObject> = { value: pathItem, pointer: childPointer('/paths', template) };
  const operation: Located<OperationObject> = {
    value: pathItem[wanted] as OperationObject,
    pointer: childPointer(pathItemNode.pointer, wanted),
  };
  return {
    found: true,
    match: {
      label: `${wanted.toUpperCase()} ${template}`,
      operation,
      parameters: mergeParameters(document, pathItemNode, operation),
      rawPathParams: params ?? {},
    },
  };
}
