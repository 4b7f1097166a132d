/**
 * Runs the built-in sandbox inside the app for "Try without an account". It lives in the
 * main process next to the engine but meets it only over HTTP on 127.0.0.1 (DESIGN.md §7).
 */
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../sandbox';
import type { SandboxEndpoint } from '../engine/account/connection';

export class SandboxHost {
  private running: Promise<Sandbox> | null = null;

  async start(): Promise<SandboxEndpoint> {
    this.running ??= startSandbox();
    const sandbox = await this.running;
    return { baseUrl: sandbox.baseUrl, apiKey: SANDBOX_KEYS.accepted };
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) await (await running).close();
  }
}
