// Runs the Electron smoke test where an Electron binary exists, and says so plainly where
// it does not (Electron downloads its binary lazily, and some machines cannot fetch it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds the binary the way node_modules/electron does, without its side effect: asking
 * `require('electron')` for the path starts a download where the binary is missing.
 */
function electronBinary() {
  const pkg = join(import.meta.dirname, '../../node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile) && !override) return null;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron';
  const binary = join(override ?? join(pkg, 'dist'), relative);
  return existsSync(binary) ? binary : null;
}

if (!electronBinary()) {
  console.warn(
    '\n*** test/electron skipped: no Electron binary on this machine (node_modules/electron has not ' +
      'downloaded it). The shell was type-checked and linted; run `npx electron .` once where ' +
      'Electron can be downloaded, then `npm run test:electron`. ***\n',
  );
  process.exit(0);
}

const result = spawnSync('npx', ['playwright', 'test', '--config', 'playwright.electron.config.ts'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
