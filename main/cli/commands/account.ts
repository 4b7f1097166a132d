/**
 * faxdesk account [--json] [--connection ID] [--from NUMBER]: the fax applications and
 * numbers this account can fax with, and the ones faxes use by default.
 */
import { parseArgs } from 'node:util';
import type { Engine } from '../../engine/engine';
import { withContext } from '../context';
import { UsageError, type CliIo } from '../io';

export const accountHelp = `Usage: faxdesk account [--json] [--connection ID] [--from NUMBER]

Lists the fax applications of the Telnyx account and the active numbers attached to each.
  --json            print the account as JSON
  --connection ID   send with this fax application by default
  --from NUMBER     send from this number by default (+E.164, attached to the application)`;

export async function account(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, connection: { type: 'string' }, from: { type: 'string' } },
    strict: true,
  });
  return withContext(io, async ({ engine }) => {
    if (values.connection !== undefined || values.from !== undefined) {
      await chooseSender(engine, values.connection, values.from);
    }
    await printAccount(engine, io, values.json ?? false);
    return 0;
  });
}

/** Only a fax application and number the account really has can become the default, saved once. */
async function chooseSender(engine: Engine, connection: string | undefined, from: string | undefined): Promise<void> {
  const { applications, selected } = await engine.account.find();
  const connectionId = connection ?? selected.connectionId;
  const app = applications.find((a) => a.id === connectionId);
  if (!app) throw new UsageError(`this account has no fax application ${connectionId ?? '(none chosen)'}`);
  const fromNumber = from ?? null;
  if (fromNumber !== null && !app.numbers.some((n) => n.phoneNumber === fromNumber)) {
    throw new UsageError(`${fromNumber} is not an active number of fax application ${app.id}`);
  }
  engine.settings.update({ connectionId: app.id, fromNumber: fromNumber ?? selected.fromNumber });
}

export async function printAccount(engine: Engine, io: CliIo, json: boolean): Promise<void> {
  const summary = await engine.account.discover();
  const status = await engine.credentials.status();
  if (json) {
    io.out(JSON.stringify({ credentials: status, ...summary }, null, 2));
    return;
  }
  const kind = status.kind === 'key_secret' ? 'key and secret' : 'API key';
  const via = status.source === 'sandbox' ? 'the built-in sandbox' : `${kind} ${status.hint ?? ''}`.trim();
  io.out(`Account (${via}${status.source === 'environment' ? ', from TELNYX_API_KEY' : ''}):`);
  if (summary.applications.length === 0) {
    io.out('  No fax applications. Create one in the Telnyx portal and attach a number to it.');
    return;
  }
  for (const app of summary.applications) {
    const chosen = app.id === summary.selected.connectionId ? '*' : ' ';
    io.out(`${chosen} ${app.name} (connection ${app.id})${app.active ? '' : ' [inactive]'}`);
    if (app.numbers.length === 0) io.out('      no active numbers attached');
    for (const number of app.numbers) {
      const from = app.id === summary.selected.connectionId && number.phoneNumber === summary.selected.fromNumber;
      io.out(`    ${from ? '*' : ' '} ${number.phoneNumber}`);
    }
  }
  if (!summary.selected.connectionId || !summary.selected.fromNumber) {
    io.out(
      'No default sender chosen yet: choose one in the app, or with `faxdesk account --connection ID --from NUMBER`.',
    );
  } else {
    io.out('* = used by default');
  }
}
