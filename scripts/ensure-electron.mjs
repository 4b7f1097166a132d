// Makes sure Electron's binary is on this machine before anything needs it (`npm start`, `npm run dev`,
// `npm run test:electron`). Since Electron 42 the `electron` package no longer downloads its binary
// when it is installed; its `install-electron` command does, and is a no-op once the binary is there.
// electron-vite only reads the `path.txt` that command writes, and otherwise stops with "Electron
// uninstall", which tells a person nothing.
//
//   node scripts/ensure-electron.mjs            exit 0 when the binary is ready, 1 (with one sentence) if not
//   node scripts/ensure-electron.mjs --quiet    the same, without the sentence (the caller explains)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronPackage = join(import.meta.dirname, '../node_modules/electron');

/** The binary electron-vite and Playwright will start, or null while it is missing. */
export function electronBinary() {
  if (process.env.ELECTRON_EXEC_PATH)
    return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : null;
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackage, 'dist');
  const binary = join(distFolder, readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

/**
 * Runs the package's own installer (it checks the download against the checksums shipped in the
 * package). Returns null when the binary is ready, otherwise why not, in a few words.
 */
export function ensureElectron() {
  if (!existsSync(join(electronPackage, 'package.json')))
    return 'the electron package is not installed (run npm install)';
  if (electronBinary()) return null;
  const installer = spawnSync(process.execPath, [join(electronPackage, 'install.js')], { encoding: 'utf8' });
  if (installer.status === 0 && electronBinary()) return null;
  return reasonOf(`${installer.stderr ?? ''}\n${installer.stdout ?? ''}`);
}

/** The installer prints a stack; the first line of it, and a network error's code, say enough. */
function reasonOf(output) {
  const networkCode = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/.exec(
    output,
  );
  const firstLine =
    output
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? 'no output';
  if (networkCode || /fetch failed|HTTPError|status code 40[34]/i.test(firstLine)) {
    const where = process.env.ELECTRON_MIRROR ?? 'github.com';
    return `its download from ${where} is unreachable (${networkCode?.[1] ?? firstLine.replace(/^\w*Error: /, '')})`;
  }
  return firstLine;
}

function electronVersion() {
  try {
    return JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')).version;
  } catch {
    return '';
  }
}

if (import.meta.main) {
  const problem = ensureElectron();
  if (problem) {
    if (!process.argv.includes('--quiet')) {
      console.error(
        `Faxdesk cannot open its window here: Electron ${electronVersion()} is missing and ${problem}; ` +
          'everything else still builds and is tested by `npm test`.',
      );
    }
    process.exit(1);
  }
}
