/**
 * What Settings → Print to fax offers on each system, and the Windows steps in words: Windows
 * is moving away from third-party print drivers, so Faxdesk ships none and relies on the built-in
 * "Microsoft Print to PDF" saving into the watched folder. Plain data, so it is tested without a page.
 */

export type PrintToFaxKind = 'linux' | 'mac' | 'windows';

/** From app:info's platform (Node's process.platform); null where Faxdesk has no way to print to fax. */
export function printToFaxKind(platform: string): PrintToFaxKind | null {
  if (platform === 'linux') return 'linux';
  if (platform === 'darwin') return 'mac';
  if (platform === 'win32') return 'windows';
  return null;
}

/** The short version shown in Settings on Windows; README has the full one. */
export function windowsPrintSteps(folder: string): string[] {
  return [
    'In any application, choose Print and pick the printer "Microsoft Print to PDF".',
    `In "Save Print Output As", open ${folder} and save there. A name with a fax number, like "to 202-555-0100", is sent at once when Faxdesk sends files named with a number.`,
    'Faxdesk takes the file from the folder. Pin the folder to Quick access in File Explorer, so it is one click away next time.',
  ];
}

/** The command that adds the printer on Linux, for a desk with Faxdesk's command line. */
export const LINUX_INSTALL_COMMAND = 'faxdesk printer install';
