/** faxdesk sandbox [--port N] [--step-ms N]: runs the built-in Telnyx sandbox until stopped. */
import { parseArgs } from 'node:util';
import { SANDBOX_KEYS, startSandbox } from '../../sandbox';
import { sandboxHelp } from '../../sandbox/cli';
import { UsageError, type CliIo } from '../io';

export async function sandbox(args: string[], io: CliIo, until: Promise<void>): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, 'step-ms': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    io.out(sandboxHelp());
    return 0;
  }
  const port = integer(values.port ?? '0', '--port', 0, 65535);
  const stepMs = integer(values['step-ms'] ?? '1500', '--step-ms', 1, 3_600_000);
  const server = await startSandbox({ port, stepMs });
  io.out(server.baseUrl);
  io.err(
    `Faxdesk sandbox listening. Use it with: FAXDESK_API_BASE=${server.baseUrl} TELNYX_API_KEY=${SANDBOX_KEYS.accepted} faxdesk …`,
  );
  io.err('Press Ctrl+C to stop. `faxdesk sandbox --help` lists the test numbers.');
  await until;
  await server.close();
  return 0;
}

function integer(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
}
