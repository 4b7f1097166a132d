/**
 * Runs the built-in sandbox inside the app for "Try without an account". It lives in the
 * main process next to the engine but meets it only over HTTP on 127.0.0.1 (DESIGN.md §7).
 *
 * Each start makes a random key that only this sandbox accepts, and hands it to the engine
 * with the address: another program on this computer cannot use the desk's sandbox with the
 * documented `KEY…` keys (the command line's `faxdesk sandbox` still takes those).
 */
import { randomBytes } from 'node:crypto';
import { startSandbox, type Sandbox } from '../sandbox';
import type { SandboxEndpoint } from '../engine/account/account-connection';

export interface SandboxHostOptions {
  /**
   * A fax arrives at the sandbox's first number this often, so the inbox can be tried without
   * an account (the app's demo); none when left out (tests inject their own).
   */
  inboundEverySeconds?: number;
}

export class SandboxHost {
  private running: Promise<{ sandbox: Sandbox; runKey: string }> | null = null;

  constructor(private readonly options: SandboxHostOptions = {}) {}

  async start(): Promise<SandboxEndpoint> {
    // A sandbox that failed to start is not kept: the next try starts afresh.
    this.running ??= launch(this.options).catch((error: unknown) => {
      this.running = null;
      throw error;
    });
    const { sandbox, runKey } = await this.running;
    return { baseUrl: sandbox.baseUrl, apiKey: runKey };
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) await (await running).sandbox.close();
  }
}

async function launch(options: SandboxHostOptions): Promise<{ sandbox: Sandbox; runKey: string }> {
  // Shaped like a Telnyx key, so everything that shows a key's last characters treats it alike.
  const runKey = `KEY_FAXDESK_RUN_${randomBytes(24).toString('base64url')}`;
  return { sandbox: await startSandbox({ runKey, inboundEverySeconds: options.inboundEverySeconds }), runKey };
}
