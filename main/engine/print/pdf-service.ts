/**
 * Installs "Fax with Faxdesk" into the PDF menu of every macOS print dialog: the script of
 * assets/print/macos with the watched folder written into it, as an executable in
 * ~/Library/PDF Services (the person's own, so no password is asked). Plain Node, so it is
 * tested on any system with a temporary home.
 */
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { shellQuote } from './shell-quote';

export const PDF_SERVICE_NAME = 'Fax with Faxdesk';

/** The line of the script that says which folder it copies into. */
const FOLDER_LINE = 'folder=__FAXDESK_FOLDER__';

export function pdfServicePath(home: string): string {
  return join(home, 'Library', 'PDF Services', PDF_SERVICE_NAME);
}

/** The script with `folder` written into it. */
export function pdfServiceScript(template: string, folder: string): string {
  if (!isAbsolute(folder)) throw new Error(`The watched folder must be an absolute path (got "${folder}").`);
  if (template.split('\n').filter((line) => line === FOLDER_LINE).length !== 1) {
    throw new Error(`The "${PDF_SERVICE_NAME}" script has no single "${FOLDER_LINE}" line to fill in.`);
  }
  return template.replace(FOLDER_LINE, () => `folder=${shellQuote(folder)}`);
}

/**
 * Writes the script (replacing an earlier one, so a changed watched folder is taken by installing
 * again) and returns where it is. Written under a temporary name and renamed, so a print dialog
 * never runs half of it.
 */
export async function installPdfService(options: { home: string; folder: string; template: string }): Promise<string> {
  const target = pdfServicePath(options.home);
  const script = pdfServiceScript(options.template, options.folder);
  await mkdir(join(options.home, 'Library', 'PDF Services'), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, script, { mode: 0o755 });
  // The mode given to writeFile is reduced by the umask; an executable it must be.
  await chmod(temporary, 0o755);
  await rename(temporary, target);
  return target;
}
