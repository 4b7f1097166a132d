// Does everything the main process imports load from the packed app? (see ../package-check.mjs)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import asar from '@electron/asar';

/**
 * The excludes in electron-builder.yml must not remove anything that loads. Imports every package
 * the main process imports, from an extracted copy of the package, in Node (the native modules are
 * Node-API, so Node loads the same binaries Electron will). A package that itself needs Electron
 * (electron-store) is counted as found once only 'electron' is missing.
 */
export function checkImportsLoad(archive, copy, pkg) {
  asar.extractAll(archive, copy);
  const packages = [...importedPackages(join(copy, 'out/main'))];
  console.log(`importing from the package, in Node: ${packages.join(', ')}`);
  const probe = join(copy, 'out/main/package-check-probe.mjs');
  writeFileSync(probe, PROBE_SOURCE);
  const result = spawnSync(process.execPath, [probe, ...packages], { cwd: copy, encoding: 'utf8' });
  if (result.status !== 0 && !result.stdout) return [`the import probe failed: ${result.stderr.trim()}`];
  const devDependencies = new Set(Object.keys(pkg.devDependencies ?? {}));
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map(({ specifier, missing, message }) => {
      if (!missing) return `out/main cannot load ${specifier} from the package: ${message}`;
      const dev = devDependencies.has(packageOf(specifier))
        ? ' (a devDependency: electron-vite bundles those only when they are imported, not required)'
        : '';
      return `out/main loads ${specifier}, which is not in the package${dev}`;
    });
}

/** Packages the main process loads at run time, from the files in out/main. */
function importedPackages(folder) {
  const specifiers = new Set();
  const bundles = readdirSync(folder, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.js'),
  );
  for (const bundle of bundles) {
    const code = readFileSync(join(bundle.parentPath, bundle.name), 'utf8');
    for (const pattern of IMPORT_PATTERNS) {
      for (const [, specifier] of code.matchAll(pattern)) {
        if (PACKAGE_NAME.test(specifier) && specifier !== 'electron') specifiers.add(specifier);
      }
    }
  }
  return specifiers;
}

/** 'a/b' → 'a', '@s/a/b' → '@s/a'. */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * The bundle's imports of packages, as Rolldown writes them: a statement starting a line
 * (`import x from "pkg";`, `export * from "pkg";`, `import "pkg";`), a dynamic `import("pkg")`, or
 * `require("pkg")` through createRequire, which Rolldown leaves alone even for a devDependency.
 * Anchored so that the word "from" inside a message is not taken for an import.
 */
const IMPORT_PATTERNS = [
  /^(?:import|export)\s[^;]*?\bfrom\s*"([^"]+)";?$/gm,
  /^import\s*"([^"]+)";?$/gm,
  /\b(?:import|require)\(\s*"([^"]+)"\s*\)/g,
];
const PACKAGE_NAME = /^(@[\w.-]+\/)?\w[\w.-]*(\/[\w./-]+)?$/;

/**
 * Runs in the extracted package, beside out/main/index.js, so that imports resolve as they will
 * there. Prints one JSON line per package that does not load.
 */
const PROBE_SOURCE = `
// pdf.js's library makes a DOMMatrix as it loads; the reader gives it a stand-in first
// (main/engine/documents/dom-matrix-stand-in.ts), and so does this probe.
globalThis.DOMMatrix ??= class {};
for (const specifier of process.argv.slice(2)) {
  try {
    const loaded = await import(specifier);
    // better-sqlite3 loads its binary on first use, not on import.
    if (specifier === 'better-sqlite3') new loaded.default(':memory:').close();
  } catch (error) {
    const notFound = error.code === 'ERR_MODULE_NOT_FOUND';
    // A package made for Electron (electron-store) finds 'electron' only there.
    if (notFound && error.message.includes("'electron'")) continue;
    const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const missing = notFound && error.message.startsWith("Cannot find package '" + name + "'");
    console.log(JSON.stringify({ specifier, missing, message: String(error.message).split('\\n')[0] }));
    process.exitCode = 1;
  }
}
`;
