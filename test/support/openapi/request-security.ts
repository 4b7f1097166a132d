/**
 * Does the request carry the credentials the spec asks for? The excerpt requires `bearerAuth`
 * everywhere; a client that sends none, or the legacy `Basic` scheme (API-NOTES §1), is not
 * talking to the API the spec describes. Only the schemes found in a header are checked;
 * anything else counts as satisfied rather than guessed at.
 */
import type { LoadedSpec } from './fax-spec';
import { headerValue } from './http-message';
import type { MatchedOperation } from './operation-matcher';
import {
  childPointer,
  resolveReference,
  type SecurityRequirement,
  type SecuritySchemeObject,
} from './openapi-document';

function securityScheme(spec: LoadedSpec, name: string): SecuritySchemeObject | undefined {
  const declared = spec.document.components?.securitySchemes?.[name];
  if (!declared) return undefined;
  return resolveReference<SecuritySchemeObject>(spec.document, {
    value: declared,
    pointer: childPointer('/components/securitySchemes', name),
  }).value;
}

function schemeIsSatisfied(spec: LoadedSpec, name: string, headers: Readonly<Record<string, string>>): boolean {
  const scheme = securityScheme(spec, name);
  if (!scheme) return false;
  const authorization = headerValue(headers, 'authorization') ?? '';
  if (scheme.type === 'http') {
    const [given = '', credentials = ''] = authorization.split(/\s+/, 2);
    return given.toLowerCase() === (scheme.scheme ?? '').toLowerCase() && credentials !== '';
  }
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) {
    return headerValue(headers, scheme.name) !== undefined;
  }
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return /^bearer\s+\S/i.test(authorization);
  return true;
}

/** 'bearerAuth (Authorization: Bearer …)', so the reader need not look the scheme up. */
function describeRequirement(spec: LoadedSpec, requirement: SecurityRequirement): string {
  return Object.keys(requirement)
    .map((name) => {
      const scheme = securityScheme(spec, name);
      if (scheme?.type !== 'http' || !scheme.scheme) return name;
      const word = scheme.scheme.charAt(0).toUpperCase() + scheme.scheme.slice(1).toLowerCase();
      return `${name} (Authorization: ${word} …)`;
    })
    .join(' + ');
}

export function checkRequestSecurity(
  spec: LoadedSpec,
  match: MatchedOperation,
  headers: Readonly<Record<string, string>>,
): string[] {
  const requirements = match.operation.value.security ?? spec.document.security ?? [];
  // No requirements, or an empty one `{}`, means the operation may be called anonymously.
  if (requirements.length === 0 || requirements.some((r) => Object.keys(r).length === 0)) return [];
  const met = requirements.some((requirement) =>
    Object.keys(requirement).every((name) => schemeIsSatisfied(spec, name, headers)),
  );
  if (met) return [];
  const wanted = requirements.map((requirement) => describeRequirement(spec, requirement)).join(' or ');
  const given = headerValue(headers, 'authorization')?.split(/\s+/, 1)[0];
  const found = given ? `Authorization uses '${given}'` : 'no Authorization header';
  return [`request does not authenticate as the spec requires (${wanted}); ${found}`];
}
