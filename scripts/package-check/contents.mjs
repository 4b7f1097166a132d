// What is inside the packed app: app.asar and app.asar.unpacked (see ../package-check.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import asar from '@electron/asar';
import { checkImportsLoad } from './imports.mjs';
import { checkOcrRuns, OCR_FILES, OCR_FORBIDDEN } from './ocr.mjs';
import { checkPrintAssets } from './print.mjs';

const MB = 1_000_000;

/**
 * What the app's own files (app.asar and app.asar.unpacked, everything but Electron) may weigh.
 * Measured 28.0 MB on 0.1.0 (25.6 MB archive, 2.4 MB native modules), then 42.3 MB with OCR of
 * received faxes (39.9 MB archive: tesseract.js-core's two builds 7.1 MB, the English data
 * 3.0 MB, pdf.js's legacy library and worker 3.4 MB, tesseract.js and its Node dependencies
 * about 1 MB). 50 MB leaves about 18% for growth, so a new dependency of a few MB passes and an
 * exclude that stops working (SQLite's sources, all eight prebuilt binaries: +30 MB; every
 * tesseract core build: +37 MB; @napi-rs/canvas: +32 MB) does not.
 */
const SIZE_BUDGET = 50 * MB;

/** The app's files that must be in the archive, each with what it is for. */
const REQUIRED_FILES = [
  ['out/main/index.js', 'the main process'],
  ['out/main/document-reader.js', 'the document reader (a utility process)'],
  ['out/preload/index.cjs', 'the preload bridge'],
  ['out/renderer/index.html', 'the page'],
  ['assets/icon.png', 'the window icon (main/app/window.ts)'],
  ['assets/tray.png', 'the tray icon (main/app/desktop-shell.ts)'],
  ['assets/trayTemplate.png', "the tray icon on macOS's menu bar"],
  ['assets/trayTemplate@2x.png', "the tray icon on macOS's menu bar, for Retina screens"],
  ...OCR_FILES,
];

/** What never loads at run time, so must not ship. Each rule: a name for people, and a path test. */
const FORBIDDEN = [
  ['TypeScript sources or declarations', (path) => /\.(ts|tsx|mts|cts)$/.test(path)],
  ['source maps', (path) => path.endsWith('.map')],
  ['markdown docs', (path) => /\.(md|markdown)$/i.test(path)],
  // Our own test/, and tests at a package's top level (deeper, a folder named tests may be code).
  [
    'tests',
    (path) =>
      /^test\/|(^|\/)__tests__\/|node_modules\/(@[^/]+\/)?[^/]+\/(tests?|spec)\/|\.(test|spec)\.[cm]?js$/.test(path),
  ],
  ['C/C++ sources and headers (SQLite, node-addon-api)', (path) => /\.(c|cc|cpp|h|hpp)$/.test(path)],
  ['native build files', (path) => /\.(gyp|gypi|mk|o)$|(^|\/)(Makefile|obj\.target|\.deps)(\/|$)/.test(path)],
  ["better-sqlite3's SQLite sources", (path) => /node_modules\/better-sqlite3\/(deps|src)\//.test(path)],
  ['the command line (out/cli)', (path) => path.startsWith('out/cli/')],
  ...OCR_FORBIDDEN,
];

/**
 * Runs every check on the app packed into `resources` (…/linux-unpacked/resources) and prints the
 * size table. Returns the problems found, as sentences.
 */
export async function inspectPackage({ root, resources, work, pkg }) {
  const archive = join(resources, 'app.asar');
  const files = archiveFiles(archive);
  const paths = new Set(files.map((file) => file.path));
  const copy = join(work, 'extracted');
  return [
    ...checkRequiredFiles(root, paths),
    ...checkPackagedManifest(archive, paths),
    ...checkDependencies(root, archive, paths, pkg),
    ...checkNativeModules(files, join(resources, 'app.asar.unpacked')),
    ...checkForbiddenFiles(paths),
    // Extracts the archive into `copy`, which the OCR check then runs from.
    ...checkImportsLoad(archive, copy, pkg),
    ...(await checkOcrRuns(copy)),
    ...checkPrintAssets(resources),
    ...checkSizes(resources),
  ];
}

/** Every file in app.asar: its path, and whether it lives in app.asar.unpacked. */
function archiveFiles(archive) {
  const files = [];
  const walk = (node, prefix) => {
    for (const [name, entry] of Object.entries(node.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (entry.files) walk(entry, path);
      else if (!entry.link) files.push({ path, unpacked: Boolean(entry.unpacked) });
    }
  };
  walk(asar.getRawHeader(archive).header, '');
  return files;
}

function checkRequiredFiles(root, paths) {
  const problems = [];
  for (const [file, what] of REQUIRED_FILES) {
    if (!paths.has(file)) problems.push(`app.asar lacks ${file} (${what})`);
  }
  // pdf.js draws thumbnails in its own worker, a separate asset Vite names with a hash.
  if (![...paths].some((path) => /^out\/renderer\/assets\/pdf\.worker[^/]*\.m?js$/.test(path))) {
    problems.push('app.asar lacks the pdf.js worker (out/renderer/assets/pdf.worker*.js)');
  }
  // Everything the build made for the app ships, not just the files named above.
  const built = ['main', 'preload', 'renderer'].flatMap((part) =>
    filesUnder(join(root, 'out', part)).map((file) => `out/${part}/${file}`),
  );
  const missing = built.filter((file) => !file.endsWith('.map') && !paths.has(file));
  if (missing.length > 0) problems.push(`app.asar lacks files the build made: ${examples(missing)}`);
  // The window icon's path is written into the main bundle; it must be the file that ships.
  const mainBundle = readFileSync(join(root, 'out/main/index.js'), 'utf8');
  if (!mainBundle.includes('"../../assets/icon.png"')) {
    problems.push('out/main/index.js no longer points the window at ../../assets/icon.png; update REQUIRED_FILES');
  }
  return problems;
}

function checkPackagedManifest(archive, paths) {
  const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  const problems = [];
  // out/main is ESM: without "type": "module" Electron would load index.js as CommonJS and stop.
  if (manifest.type !== 'module') problems.push('package.json in app.asar lacks "type": "module"');
  if (!manifest.main || !paths.has(manifest.main.replace(/^\.\//, ''))) {
    problems.push(`package.json in app.asar has "main": ${JSON.stringify(manifest.main)}, which is not in app.asar`);
  }
  return problems;
}

/**
 * Production packages as npm sees them, as name@version. electron-builder lays node_modules out
 * afresh (a package nested in npm's tree may move up), so paths would not compare; versions do.
 */
function productionPackages(root) {
  const [command, ...prefix] = process.env.npm_execpath
    ? [process.execPath, process.env.npm_execpath]
    : [process.platform === 'win32' ? 'npm.cmd' : 'npm'];
  const result = spawnSync(command, [...prefix, 'ls', '--omit=dev', '--all', '--parseable', '--long'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (!result.stdout) throw new Error(`npm ls printed nothing: ${result.stderr}`);
  if (result.status !== 0) console.warn(`npm ls reports problems with node_modules:\n${result.stderr}`);
  // Lines read "/path/to/node_modules/name:name@version" (the first one is Faxdesk itself).
  return new Set(
    result.stdout
      .split('\n')
      .slice(1)
      .map((line) => line.slice(line.lastIndexOf(':') + 1))
      .filter(Boolean),
  );
}

function checkDependencies(root, archive, paths, pkg) {
  const problems = [];
  const allowed = productionPackages(root);
  const devDependencies = new Set(Object.keys(pkg.devDependencies ?? {}));
  const manifests = [...paths].filter((path) => /(^|\/)node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(path));
  for (const manifest of manifests) {
    const { name, version } = JSON.parse(asar.extractFile(archive, manifest).toString('utf8'));
    if (allowed.has(`${name}@${version}`)) continue;
    const why = devDependencies.has(name) ? 'a devDependency' : 'not a production dependency';
    problems.push(`app.asar holds ${name}@${version} (${why}) in ${manifest.replace(/\/package\.json$/, '')}`);
  }
  for (const name of Object.keys(pkg.dependencies ?? {})) {
    if (!paths.has(`node_modules/${name}/package.json`)) problems.push(`app.asar lacks the dependency ${name}`);
  }
  return problems;
}

/**
 * Node cannot load a native module from inside an archive, so each .node file must be in
 * app.asar.unpacked, and the archive must say so; nothing else belongs there. Exactly one binary
 * per native module: keytar's, and better-sqlite3's prebuild for this platform.
 */
function checkNativeModules(files, unpackedFolder) {
  const problems = [];
  const expected = [
    'node_modules/keytar/build/Release/keytar.node',
    `node_modules/better-sqlite3/prebuilds/${process.platform}-${process.arch}.node`,
  ];
  const native = files.filter((file) => file.path.endsWith('.node'));
  for (const path of expected) {
    const file = native.find((candidate) => candidate.path === path);
    if (!file) problems.push(`app.asar lacks the native module ${path}`);
    else if (!file.unpacked) problems.push(`${path} is packed inside app.asar; it must be unpacked to load`);
  }
  const extra = native.filter((file) => !expected.includes(file.path)).map((file) => file.path);
  if (extra.length > 0) problems.push(`native modules that this platform never loads: ${examples(extra)}`);
  const unpacked = filesUnder(unpackedFolder);
  const strays = unpacked.filter((path) => !expected.includes(path));
  if (strays.length > 0) problems.push(`app.asar.unpacked holds more than the native modules: ${examples(strays)}`);
  return problems;
}

function checkForbiddenFiles(paths) {
  const problems = [];
  for (const [what, matches] of FORBIDDEN) {
    const found = [...paths].filter(matches);
    if (found.length > 0) problems.push(`app.asar holds ${what}: ${examples(found)}`);
  }
  return problems;
}

/** Prints the size table; returns a problem when the app's own files are over budget. */
function checkSizes(resources) {
  const archiveSize = statSync(join(resources, 'app.asar')).size;
  const unpackedSize = sizeOfFolder(join(resources, 'app.asar.unpacked'));
  const total = archiveSize + unpackedSize;
  const rows = [
    ['app.asar', archiveSize],
    ['app.asar.unpacked', unpackedSize],
    ['total (budget ' + megabytes(SIZE_BUDGET) + ')', total],
  ];
  console.log(`\nWhat Faxdesk adds to Electron:`);
  console.log(rows.map(([name, size]) => `  ${name.padEnd(28)} ${megabytes(size).padStart(9)}`).join('\n'));
  return total > SIZE_BUDGET
    ? [`the app's files weigh ${megabytes(total)}, over the budget of ${megabytes(SIZE_BUDGET)} (see SIZE_BUDGET)`]
    : [];
}

// Small helpers

/** All files under a folder, as paths relative to it with forward slashes. */
function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

function sizeOfFolder(folder) {
  return filesUnder(folder).reduce((total, file) => total + statSync(join(folder, file)).size, 0);
}

const megabytes = (bytes) => `${(bytes / MB).toFixed(1)} MB`;

function examples(list, count = 5) {
  const shown = list.slice(0, count).join(', ');
  return list.length > count ? `${shown}, … (${list.length} in all)` : shown;
}
