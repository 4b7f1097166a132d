/**
 * Start at login on Linux, where Electron has no login items: an XDG autostart entry, a
 * .desktop file in ~/.config/autostart (or $XDG_CONFIG_HOME/autostart) that the desktop
 * starts at login. This builds its path and text; the shell writes or removes it.
 */
import { join } from 'node:path';

export const AUTOSTART_FILE_NAME = 'faxdesk.desktop';

/** The argument that starts Faxdesk hidden in the tray. */
export const HIDDEN_ARG = '--hidden';

export function autostartPath(home: string, env: Record<string, string | undefined>): string {
  const config = env.XDG_CONFIG_HOME?.trim() || join(home, '.config');
  return join(config, 'autostart', AUTOSTART_FILE_NAME);
}

/**
 * The entry's text. `command` is what starts Faxdesk: the AppImage's own path when it runs from
 * one ($APPIMAGE, since the mounted path changes each run), the executable otherwise.
 */
export function autostartEntry(command: string, args: readonly string[] = [HIDDEN_ARG]): string {
  const exec = [command, ...args].map(quoteExecArg).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Faxdesk',
    'Comment=Send and receive faxes through Telnyx',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Quoting per the Desktop Entry Specification: an argument with reserved characters is put in
 * double quotes, inside which `"`, `` ` ``, `$` and `\` are escaped with a backslash; a literal
 * `%` is written `%%` (field codes). Backslashes are then doubled again for the string value.
 */
function quoteExecArg(arg: string): string {
  const percent = arg.replaceAll('%', '%%');
  if (!/[\s"'\\><~|&;$*?#()`]/.test(percent)) return percent;
  const quoted = `"${percent.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
  return quoted.replaceAll('\\', '\\\\');
}

/** How Faxdesk is started, for the entry: the AppImage when it runs from one. */
export function launchCommand(execPath: string, env: Record<string, string | undefined>): string {
  return env.APPIMAGE?.trim() || execPath;
}
