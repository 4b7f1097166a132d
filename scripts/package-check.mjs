// `npm run package:check`: packs Faxdesk the way `npm run package` does, without Electron's binary,
// and checks what would ship. These machines cannot download Electron, so a mistake in
// electron-builder.yml (a wrong option, a missing file, a devDependency, SQLite's sources and every
// platform's binary in the package) would otherwise only show on the machine that builds the installers.
//
//   node scripts/package-check.mjs               build the app (electron-vite), then check
//   node scripts/package-check.mjs --skip-build  check the app already in out/
//   node scripts/package-check.mjs --keep        keep the packed app (its folder is printed)
//
// Steps: validate electron-builder.yml against electron-builder's own schema
// (package-check/builder-config.mjs); lay out a stand-in for Electron's Linux distribution in a
// temporary folder; let electron-builder pack the Linux `dir` target with it; then look inside
// app.asar and app.asar.unpacked (package-check/contents.mjs, package-check/imports.mjs), and the
// print-to-fax files beside them (package-check/print.mjs).
// Exits 0 only when every check passes.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkBuilderPolicy, checkPackageMetadata, validateBuilderConfig } from './package-check/builder-config.mjs';
import { inspectPackage } from './package-check/contents.mjs';

const root = resolve(import.meta.dirname, '..');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function log(message) {
  console.log(`\n== package:check: ${message}`);
}

/**
 * Lays out what electron-builder uses from Electron's Linux zip when `electronDist` is an unpacked
 * folder (app-builder-lib/out/electron/ElectronFramework.js): it copies the folder, renames the
 * `electron` executable to the app's, moves `LICENSE` to LICENSE.electron.txt, writes app.asar into
 * `resources/`, and reads `locales/` when electronLanguages is set. `version` and
 * LICENSES.chromium.html are there because the zip has them. The executable only says what it is.
 */
function createStandInElectron(folder, version) {
  mkdirSync(join(folder, 'resources'), { recursive: true });
  mkdirSync(join(folder, 'locales'), { recursive: true });
  const executable = join(folder, 'electron');
  writeFileSync(
    executable,
    '#!/bin/sh\necho "This is the stand-in for Electron from npm run package:check; it cannot start Faxdesk." >&2\nexit 1\n',
  );
  chmodSync(executable, 0o755);
  copyFileSync(join(root, 'node_modules/electron/LICENSE'), join(folder, 'LICENSE'));
  writeFileSync(join(folder, 'LICENSES.chromium.html'), '<!-- stand-in: the real file lists Chromium licences -->\n');
  writeFileSync(join(folder, 'version'), `${version}\n`);
  writeFileSync(join(folder, 'locales', 'en-US.pak'), '');
}

/** Packs the Linux `dir` target: the unpacked app, exactly what the AppImage and .deb would wrap. */
async function packLinuxDir(electronDist, electronVersion, output) {
  const { Arch, Platform, build } = await import('electron-builder');
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch[process.arch]),
    publish: 'never',
    // Merged over electron-builder.yml, which otherwise applies as it is.
    config: {
      electronDist,
      // Known without looking for a download.
      electronVersion,
      // Flipping fuses patches the real binary; the stand-in has none to patch.
      electronFuses: null,
      // Never rebuild node_modules in place, whatever the file says (checkBuilderPolicy reports it).
      npmRebuild: false,
      directories: { output },
    },
  });
}

/** Said on every run, pass or fail, so that nobody reads a green check as a tested installer. */
function warnAboutWhatWasNotDone() {
  const lines = [
    "package:check used a STAND-IN for Electron's binary. NOT done or checked here:",
    "  - flipping Electron's fuses (electronFuses in electron-builder.yml)",
    '  - code signing, and resetting the ad-hoc signature on macOS',
    '  - the installers themselves (AppImage, .deb, NSIS, DMG): only the unpacked Linux app was made',
    '  - starting the packaged app',
    '`npm run package` on a machine that can download Electron does the full packaging;',
    'then start the app from dist/ before you ship it.',
  ];
  const bar = '*'.repeat(100);
  console.error(['', bar, ...lines.map((line) => `*** ${line}`), bar, ''].join('\n'));
}

/** package:check must not leave a half-installed Electron behind (see scripts/ensure-electron.mjs). */
function electronPackageState() {
  const electron = join(root, 'node_modules/electron');
  return ['dist', 'path.txt'].filter((name) => existsSync(join(electron, name))).join(',');
}

async function main() {
  const started = Date.now();
  const args = process.argv.slice(2);
  const pkg = readJson(join(root, 'package.json'));
  const electronVersion = readJson(join(root, 'node_modules/electron/package.json')).version;
  const electronBefore = electronPackageState();

  if (!args.includes('--skip-build') && !buildApp()) {
    console.error('package:check: the build failed');
    process.exit(1);
  }

  log("checking electron-builder.yml against electron-builder's schema, and package.json");
  const config = parseYaml(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  const schemaProblems = validateBuilderConfig(root, config);
  const problems = [...schemaProblems, ...checkBuilderPolicy(config), ...checkPackageMetadata(pkg, config)];

  const work = mkdtempSync(join(tmpdir(), 'faxdesk-package-check-'));
  const appFolder = join(work, 'dist', 'linux-unpacked');
  if (schemaProblems.length > 0) {
    // electron-builder refuses such a file, with a page of text per error; the lines above say it.
    problems.push('not packed: electron-builder refuses a configuration its schema rejects');
  } else {
    problems.push(...(await packAndInspect(work, electronVersion, pkg)));
  }

  if (electronPackageState() !== electronBefore) {
    problems.push('node_modules/electron changed (dist/ or path.txt appeared); package:check must not touch it');
  }
  const keep = args.includes('--keep') || problems.length > 0;
  if (keep && existsSync(appFolder)) console.log(`\nThe packed app is in ${appFolder}`);
  else rmSync(work, { recursive: true, force: true });

  warnAboutWhatWasNotDone();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (problems.length > 0) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    console.error(`package:check FAILED (${count}, ${seconds} s):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`package:check passed in ${seconds} s.`);
}

/** `electron-vite build`: the app only (main, preload, renderer); the CLI is not packaged. */
function buildApp() {
  log('building the app (electron-vite build)');
  const electronVite = join(root, 'node_modules/electron-vite/bin/electron-vite.js');
  return spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' }).status === 0;
}

/** Packs into work/dist with the stand-in, then runs every check on the result. */
async function packAndInspect(work, electronVersion, pkg) {
  const resources = join(work, 'dist', 'linux-unpacked', 'resources');
  log(`packing the Linux app with a stand-in for Electron ${electronVersion} (${work})`);
  try {
    createStandInElectron(join(work, 'electron-dist'), electronVersion);
    await packLinuxDir(join(work, 'electron-dist'), electronVersion, join(work, 'dist'));
  } catch (error) {
    return [`electron-builder failed: ${error instanceof Error ? error.message : String(error)}`];
  }

  log('checking what was packed');
  return inspectPackage({ root, resources, work, pkg });
}

await main();
