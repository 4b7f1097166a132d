/**
 * faxdesk sandbox [--port N] [--step-ms N] [--inbound-every SECONDS]: runs the built-in Telnyx
 * sandbox until stopped, optionally receiving a fax every SECONDS.
 */
import { parseArgs } from 'node:util';
import type { InboundFaxOptions } from '../../sandbox';
import { SANDBOX_FAX_NUMBERS, SANDBOX_KEYS, startSandbox } from '../../sandbox';
import { sandboxHelp } from '../../sandbox/cli';
import { UsageError, type CliIo } from '../io';

export async function sandbox(args: string[], io: CliIo, until: Promise<void>): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      'step-ms': { type: 'string' },
      'inbound-every': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.out(sandboxHelp());
    return 0;
  }
  const port = integer(values.port ?? '0', '--port', 0, 65535);
  const stepMs = integer(values['step-ms'] ?? '1500', '--step-ms', 1, 3_600_000);
  const inboundEvery = values['inbound-every'];
  const inboundEverySeconds =
    inboundEvery === undefined ? undefined : integer(inboundEvery, '--inbound-every', 1, 86_400);
  const server = await startSandbox({
    port,
    stepMs,
    inboundEverySeconds,
    onInboundDelivered: (delivery) => io.err(describeDelivery(delivery)),
  });
  io.out(server.baseUrl);
  io.err(
    `Faxdesk sandbox listening. Use it with: FAXDESK_API_BASE=${server.baseUrl} TELNYX_API_KEY=${SANDBOX_KEYS.accepted} faxdesk …`,
  );
  if (inboundEverySeconds !== undefined) {
    io.err(`A fax arrives on ${SANDBOX_FAX_NUMBERS[0]} every ${inboundEverySeconds} s.`);
  }
  io.err('Press Ctrl+C to stop. `faxdesk sandbox --help` lists the test numbers.');
  await until;
  await server.close();
  return 0;
}

function describeDelivery(delivery: InboundFaxOptions & { id: string }): string {
  const what = delivery.fail
    ? `a call that fails (${delivery.fail})`
    : `${delivery.kind ?? 'a fax'}, ${delivery.pages ?? 1} page${delivery.pages === 1 ? '' : 's'}` +
      (delivery.linkTtlMs ? `, its link expires after ${delivery.linkTtlMs / 1000} s` : '');
  return `Inbound fax ${delivery.id} from ${delivery.from} to ${delivery.to}: ${what}.`;
}

function integer(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
}
