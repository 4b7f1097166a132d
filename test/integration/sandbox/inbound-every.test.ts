/**
 * `startSandbox({ inboundEverySeconds })` and `faxdesk sandbox --inbound-every SECONDS`: a fax
 * arrives on the account's first number at the given cadence, in the rotation's order. (The
 * cadence itself is checked on a fake clock in test/unit/sandbox/inbound-rotation.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { sandbox as sandboxCommand } from '../../../main/cli/commands/sandbox';
import type { CliIo } from '../../../main/cli/io';
import { UsageError } from '../../../main/cli/io';
import type { InboundFaxOptions } from '../../../main/sandbox';
import { SANDBOX_FAX_NUMBERS, startSandbox } from '../../../main/sandbox';
import { rotatingInbound } from '../../../main/sandbox/inbound-rotation';

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('startSandbox({ inboundEverySeconds })', () => {
  it('delivers the rotation to the first number, one fax per interval', async () => {
    const delivered: (InboundFaxOptions & { id: string })[] = [];
    const started = Date.now();
    const sandbox = await startSandbox({
      stepMs: 20,
      inboundEverySeconds: 0.25,
      onInboundDelivered: (delivery) => delivered.push(delivery),
    });
    try {
      await waitFor(() => delivered.length >= 2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
      expect(delivered.slice(0, 2).map(({ id: _, ...options }) => options)).toEqual([
        rotatingInbound(0, SANDBOX_FAX_NUMBERS[0]),
        rotatingInbound(1, SANDBOX_FAX_NUMBERS[0]),
      ]);
      const faxes = sandbox.faxes();
      for (const { id, from } of delivered) {
        expect(faxes.find((fax) => fax.id === id)).toMatchObject({ direction: 'inbound', from, to: '+12025550180' });
      }
    } finally {
      await sandbox.close();
    }
    const count = delivered.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(delivered).toHaveLength(count);
  });

  it('refuses an interval that is not positive', async () => {
    await expect(startSandbox({ inboundEverySeconds: 0 })).rejects.toThrow(/inboundEverySeconds/);
  });
});

function fakeIo(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return {
    outLines,
    errLines,
    out: (line) => outLines.push(line),
    err: (line) => errLines.push(line),
    env: {},
    promptSecret: () => Promise.resolve(null),
    promptLine: () => Promise.resolve(null),
  };
}

describe('faxdesk sandbox --inbound-every', () => {
  it('says what it does and prints a line for every fax it delivers', async () => {
    const io = fakeIo();
    let stop: () => void = () => {};
    const until = new Promise<void>((resolve) => (stop = resolve));
    const running = sandboxCommand(['--inbound-every', '1', '--step-ms', '20'], io, until);
    await waitFor(() => io.errLines.some((line) => line.startsWith('Inbound fax ')));
    stop();
    expect(await running).toBe(0);
    expect(io.outLines[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    expect(io.errLines).toContain('A fax arrives on +12025550180 every 1 s.');
    expect(io.errLines.find((line) => line.startsWith('Inbound fax '))).toMatch(
      /^Inbound fax [0-9a-f-]{36} from \+13125550199 to \+12025550180: invoice, 1 page\.$/,
    );
  });

  it.each([['0'], ['1.5'], ['soon'], ['86401']])('refuses --inbound-every %s', async (value) => {
    await expect(sandboxCommand(['--inbound-every', value], fakeIo(), Promise.resolve())).rejects.toThrow(UsageError);
  });
});
