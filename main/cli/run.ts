/**
 * The `faxdesk` command line: the same engine as the app, for scripts and for people who
 * live in a terminal. Exit codes: 0 success, 1 the job could not be done (with a one-line
 * reason), 2 the command was not understood.
 */
import { FaxdeskError } from '../engine/errors';
import { account, accountHelp } from './commands/account';
import { contacts, contactsHelp } from './commands/contacts';
import { login, loginHelp } from './commands/login';
import { logout } from './commands/logout';
import { cancel, list, listHelp, remove, resend, status, statusHelp, sync, syncHelp } from './commands/jobs';
import { printer, printerHelp } from './commands/printer';
import { inbox, inboxHelp, save, saveHelp, show, showHelp } from './commands/received';
import { report, reportHelp } from './commands/report';
import { sandbox } from './commands/sandbox';
import { send, sendHelp } from './commands/send';
import { watch, watchHelp } from './commands/watch';
import { UsageError, type CliIo } from './io';

export const mainHelp = `Usage: faxdesk <command> [options]

Commands:
  login      connect to Telnyx (the key is checked, then kept in the system keychain)
  logout     forget the Telnyx credentials
  account    list the fax applications and numbers this account can send with,
             and choose the default ones  [--json] [--connection ID] [--from NUMBER]
  send       fax files to one or more numbers, contacts or groups (see \`faxdesk send --help\`)
  contacts   the address book: list, add, remove, import FILE, export FILE
             (see \`faxdesk contacts --help\`)
  status     one fax and its timeline  JOB [--json]
  list       the history of sent faxes, newest first, with those sent from elsewhere
             on the account  [--status S] [--search Q] [--limit N] [--json]
  inbox      received faxes, newest first  [--unread] [--search Q] [--limit N] [--json]
  show       a sent or received fax and its timeline  FAX [--json]
  save       write a fax's archived PDF to a file  FAX -o FILE
  report     write a fax's transmission or reception report (PDF) to a file  FAX -o FILE
  cancel     stop a fax while Telnyx still allows it  JOB
  resend     send a failed, cancelled or unconfirmed fax again  JOB
  delete     remove a finished fax and its document from the history  JOB
  sync       one pass: send what is due, check unclear faxes, refresh statuses, list the
             account's faxes (received, and sent from elsewhere)
  watch      fax the files that appear in a folder, by the fax number in their names
             [FOLDER] [--yes] (see \`faxdesk watch --help\`)
  sandbox    run the built-in Telnyx sandbox on 127.0.0.1  [--port N] [--step-ms N]
  printer    add or remove the "Faxdesk" printer, which prints into the watched folder
             (Linux, CUPS; through sudo)  install [--folder FOLDER] | remove

Environment:
  FAXDESK_HOME       the data folder (default: the app's own)
  FAXDESK_API_BASE   the API base URL, e.g. http://127.0.0.1:PORT/v2 from \`faxdesk sandbox\`
  TELNYX_API_KEY     a Telnyx API key for this run only; never stored

Run \`faxdesk <command> --help\` for a command's options.`;

type Command = (args: string[], io: CliIo) => Promise<number>;

export async function runCli(
  argv: string[],
  io: CliIo,
  stopSignal: Promise<void> = new Promise(() => {}),
): Promise<number> {
  const [name, ...args] = argv;
  const commands: Record<string, { run: Command; help: string }> = {
    login: { run: login, help: loginHelp },
    logout: { run: logout, help: 'Usage: faxdesk logout' },
    account: { run: account, help: accountHelp },
    send: { run: send, help: sendHelp },
    contacts: { run: contacts, help: contactsHelp },
    status: { run: status, help: statusHelp },
    list: { run: list, help: listHelp },
    cancel: { run: cancel, help: 'Usage: faxdesk cancel JOB' },
    resend: { run: resend, help: 'Usage: faxdesk resend JOB' },
    delete: { run: remove, help: 'Usage: faxdesk delete JOB' },
    sync: { run: sync, help: syncHelp },
    inbox: { run: inbox, help: inboxHelp },
    show: { run: show, help: showHelp },
    save: { run: save, help: saveHelp },
    report: { run: report, help: reportHelp },
    sandbox: { run: (a, i) => sandbox(a, i, stopSignal), help: '' },
    printer: { run: (a, i) => printer(a, i), help: printerHelp },
    watch: { run: (a, i) => watch(a, i, stopSignal), help: watchHelp },
  };
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(mainHelp);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) return usage(io, `unknown command "${name}"`);
  if (name !== 'sandbox' && (args.includes('--help') || args.includes('-h'))) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message);
    if (isParseArgsError(error)) return usage(io, error.message);
    if (error instanceof FaxdeskError) {
      io.err(`faxdesk: ${error.message}`);
      return 1;
    }
    io.err(`faxdesk: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function usage(io: CliIo, reason: string): number {
  io.err(`faxdesk: ${reason}. Run \`faxdesk --help\` for usage.`);
  return 2;
}

function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown }).code;
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
