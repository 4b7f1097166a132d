// Print to fax ships beside app.asar (electron-builder.yml's extraResources): the CUPS backend and
// its printer description for Linux, the "Fax with Faxdesk" PDF Service for macOS. CUPS and macOS
// run the scripts as they are, so they must be there, executable, and the backend must answer
// CUPS's discovery call (no arguments) with its line.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Each file under resources/, what it is for, and whether it must be executable. */
const PRINT_FILES = [
  ['print/linux/faxdesk', 'the CUPS backend (faxdesk printer install)', true],
  ['print/linux/faxdesk.ppd', "the CUPS backend's printer description", false],
  ['print/macos/Fax with Faxdesk', 'the macOS PDF Service (Settings → Print to fax)', true],
];

const DISCOVERY_LINE = 'direct faxdesk "Faxdesk" "Print to fax with Faxdesk"';

/** Returns the problems found, as sentences. */
export function checkPrintAssets(resources) {
  const problems = [];
  for (const [path, what, executable] of PRINT_FILES) {
    const file = join(resources, path);
    if (!existsSync(file)) {
      problems.push(`resources/${path} is missing: ${what} does not ship (extraResources in electron-builder.yml)`);
    } else if (executable && (statSync(file).mode & 0o111) !== 0o111) {
      problems.push(`resources/${path} is not executable: ${what} could not be run`);
    }
  }
  const backend = join(resources, PRINT_FILES[0][0]);
  if (existsSync(backend)) {
    const run = spawnSync('sh', [backend], { encoding: 'utf8' });
    if (run.status !== 0 || run.stdout.trim() !== DISCOVERY_LINE) {
      problems.push(
        `the packed CUPS backend did not answer CUPS's discovery call (${run.status}: ${run.stdout || run.stderr})`,
      );
    }
  }
  return problems;
}
