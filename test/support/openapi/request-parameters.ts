/**
 * Path and query parameters of a request against the operation's declarations. Values arrive
 * as text, so they are validated with string coercion (`page[size]=2` is the integer 2), and
 * every query key the client sent must be one the operation declares.
 */
import {
  assignDeepValue,
  bracketKey,
  declaredKeys,
  isDeclaredPath,
  splitBracketKey,
  type BracketKey,
} from './deep-object-query';
import type { LoadedSpec } from './fax-spec';
import type { MatchedOperation } from './operation-matcher';
import { childPointer, isListSchema, type Located, type ParameterObject } from './openapi-document';
import { describeSchemaErrors } from './schema-error-messages';

function validateParameter(
  spec: LoadedSpec,
  parameter: Located<ParameterObject>,
  value: unknown,
  label: (instancePath: string) => string,
): string[] {
  if (!parameter.value.schema) return [];
  const errors = spec.validators.validate(childPointer(parameter.pointer, 'schema'), value, 'text');
  return describeSchemaErrors(`${parameter.value.in} parameter`, errors, value, label);
}

export function checkPathParameters(spec: LoadedSpec, match: MatchedOperation): string[] {
  return match.parameters
    .filter((parameter) => parameter.value.in === 'path')
    .flatMap((parameter) => {
      const { name } = parameter.value;
      const raw = match.rawPathParams[name];
      if (raw === undefined) return [`path parameter '${name}' is declared but the path template has no {${name}}`];
      let value: string;
      try {
        value = decodeURIComponent(raw);
      } catch {
        return [`path parameter '${name}' is not valid percent-encoding: '${raw}'`];
      }
      return validateParameter(spec, parameter, value, () => `'${name}'`);
    });
}

const isDeepObject = (parameter: ParameterObject) => parameter.style === 'deepObject';

/** Gathers each declared parameter's value from the query; reports keys no parameter declares. */
function gatherQueryValues(spec: LoadedSpec, parameters: readonly Located<ParameterObject>[], search: string) {
  const values = new Map<Located<ParameterObject>, unknown>();
  const problems: string[] = [];
  // URLSearchParams decodes percent-encoded brackets and '+' exactly as a server's form decoder would.
  for (const [key, text] of new URLSearchParams(search)) {
    const { name, path }: BracketKey = splitBracketKey(key);
    const parameter = parameters.find((p) => p.value.name === name && isDeepObject(p.value) === path.length > 0);
    if (!parameter || (path.length > 0 && !isDeclaredPath(spec.document, parameter.value.schema, path))) {
      const wrongStyle = parameters.find((p) => p.value.name === name && isDeepObject(p.value) && path.length === 0);
      problems.push(
        wrongStyle
          ? `query parameter '${key}' must be sent deepObject-style, as ${name}[…]=…`
          : `query parameter '${key}' is not declared (declared: ${declaredQueryKeys(spec, parameters).join(', ') || 'none'})`,
      );
      continue;
    }
    if (isDeepObject(parameter.value)) {
      const tree = (values.get(parameter) as Record<string, unknown> | undefined) ?? {};
      values.set(parameter, tree);
      const refusal = assignDeepValue(tree, path, text);
      if (refusal) problems.push(`query parameter '${bracketKey(name, path)}' ${refusal}`);
    } else if (isListSchema(spec.document, parameter.value.schema)) {
      const list = (values.get(parameter) as string[] | undefined) ?? [];
      values.set(parameter, list);
      // form style: exploded lists repeat the key, unexploded ones join with commas.
      list.push(...(parameter.value.explode === false ? text.split(',') : [text]));
    } else if (values.has(parameter)) {
      problems.push(`query parameter '${key}' is sent more than once`);
    } else {
      values.set(parameter, text);
    }
  }
  return { values, problems };
}

function declaredQueryKeys(spec: LoadedSpec, parameters: readonly Located<ParameterObject>[]): string[] {
  return parameters.flatMap(({ value }) =>
    isDeepObject(value) ? declaredKeys(spec.document, value.name, value.schema) : [value.name],
  );
}

export function checkQueryParameters(spec: LoadedSpec, match: MatchedOperation, search: string): string[] {
  const parameters = match.parameters.filter((parameter) => parameter.value.in === 'query');
  const { values, problems } = gatherQueryValues(spec, parameters, search);
  for (const parameter of parameters) {
    const { name, required } = parameter.value;
    if (!values.has(parameter)) {
      if (required) problems.push(`required query parameter '${name}' is missing`);
      continue;
    }
    const asBrackets = (instancePath: string) =>
      `'${bracketKey(name, isDeepObject(parameter.value) ? instancePath.split('/').slice(1) : [])}'`;
    problems.push(...validateParameter(spec, parameter, values.get(parameter), asBrackets));
  }
  return problems;
}
