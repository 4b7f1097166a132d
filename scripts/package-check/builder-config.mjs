// electron-builder.yml and package.json, read before anything is packed (see ../package-check.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/**
 * electron-builder validates its configuration only when it runs, which here means never for the
 * mac and win sections. Its schema is the same one it uses (app-builder-lib/scheme.json).
 */
export function validateBuilderConfig(root, config) {
  const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  // The schema marks hook options with `typeof: "function"` (ajv-keywords); YAML cannot hold a
  // function, but without the keyword those branches would accept anything.
  ajv.addKeyword({ keyword: 'typeof', schemaType: 'string', validate: (type, data) => typeof data === type });
  const validate = ajv.compile(schema);
  if (validate(config)) return [];
  return describeSchemaErrors(validate.errors ?? []).map((line) => `electron-builder.yml: ${line}`);
}

/**
 * Ajv reports every branch of every `anyOf` it tried ("must be null", "must match a schema in
 * anyOf"). A person needs the one that explains the mistake: an unknown option, or the error
 * deepest in the tree, or else the types the value may have.
 */
function describeSchemaErrors(errors) {
  const byPath = Map.groupBy(errors, (error) => error.instancePath);
  const paths = [...byPath.keys()];
  const lines = [];
  for (const [path, pathErrors] of byPath) {
    const where = path === '' ? '(top level)' : path.slice(1).replaceAll('/', '.');
    const unknown = pathErrors.filter((error) => error.keyword === 'additionalProperties');
    if (unknown.length > 0) {
      const names = unknown.map((error) => `"${error.params.additionalProperty}"`).join(', ');
      lines.push(`${where}: unknown option ${names} (not in electron-builder's schema for this section)`);
      continue;
    }
    // A deeper error is the real one; the alternatives tried at this level only repeat it.
    if (paths.some((other) => other.startsWith(`${path}/`))) continue;
    const types = [...new Set(pathErrors.filter((e) => e.keyword === 'type').flatMap((e) => [e.params.type].flat()))];
    if (types.length > 0) lines.push(`${where}: must be ${types.join(' or ')}`);
    for (const error of pathErrors.filter((e) => !['type', 'anyOf', 'oneOf'].includes(e.keyword))) {
      const allowed = error.params.allowedValues ? ` (one of ${error.params.allowedValues.join(', ')})` : '';
      lines.push(`${where}: ${error.message}${allowed}`);
    }
  }
  return lines;
}

/** Choices in electron-builder.yml that the rest of this check (and the CLI and tests) rely on. */
export function checkBuilderPolicy(config) {
  const problems = [];
  // A rebuild would replace node_modules' Node-API binaries in place with ones built against
  // Electron's headers (a download), breaking the CLI and the tests; one build serves both.
  if (config.npmRebuild !== false) problems.push('electron-builder.yml: npmRebuild must be false (see its header)');
  return problems;
}

/** The installers take their metadata from package.json (the .deb refuses to build without it). */
export function checkPackageMetadata(pkg, config) {
  const problems = [];
  for (const field of ['name', 'version', 'description', 'homepage', 'license']) {
    if (!pkg[field]) problems.push(`package.json: "${field}" is missing (the installers need it)`);
  }
  if (!pkg.author?.name || !pkg.author?.email) {
    problems.push('package.json: "author" needs a name and an email (the .deb maintainer, the Windows publisher)');
  }
  const maintainer = config.linux?.maintainer ?? config.deb?.maintainer;
  const author = `${pkg.author?.name} <${pkg.author?.email}>`;
  if (maintainer && maintainer !== author) {
    problems.push(
      `electron-builder.yml: the .deb maintainer "${maintainer}" differs from package.json's author "${author}"`,
    );
  }
  return problems;
}
