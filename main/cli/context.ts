/**
 * Builds the engine for one CLI run: the shared data folder, the OS keychain, and the
 * environment's TELNYX_API_KEY / FAXDESK_API_BASE. In sandbox mode (set by "Try without an
 * account" in the app) the CLI runs its own sandbox for the length of the command.
 */
import { forkReaderLauncher } from '../engine/documents/fork-reader';
import { createEngine, type Engine } from '../engine/engine';
import { KeytarSecretStore } from '../engine/secrets/keytar-secret-store';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../sandbox';
import { defaultDataDir } from './data-dir';
import type { CliIo } from './io';
import { terminalConfirmation } from './large-batch-prompt';

export interface CliContext {
  engine: Engine;
  close(): Promise<void>;
}

/** `assumeYes`: the command was given --yes, so a large send is queued without asking. */
async function openContext(io: CliIo, options: { assumeYes?: boolean } = {}): Promise<CliContext> {
  const env = io.env;
  const engine = createEngine({
    dataDir: defaultDataDir(env),
    secretStore: new KeytarSecretStore(env['FAXDESK_KEYCHAIN_SERVICE'] || undefined),
    environment: { apiKey: env['TELNYX_API_KEY'] || undefined, apiBase: env['FAXDESK_API_BASE'] || undefined },
    ...(io.documentReader ? { documentReader: forkReaderLauncher(io.documentReader) } : {}),
    confirmLargeBatch: terminalConfirmation(io, options.assumeYes ?? false),
  });
  let sandbox: Sandbox | null = null;
  if (engine.settings.get().sandboxMode && !env['FAXDESK_API_BASE']) {
    sandbox = await startSandbox();
    engine.accountConnection.attachSandbox({ baseUrl: sandbox.baseUrl, apiKey: SANDBOX_KEYS.accepted });
  }
  return { engine, close: async () => void (await sandbox?.close()) };
}

/** Runs one command with the engine, and closes it (and any sandbox) however the command ends. */
export async function withContext(
  io: CliIo,
  run: (context: CliContext) => Promise<number>,
  options: { assumeYes?: boolean } = {},
): Promise<number> {
  const context = await openContext(io, options);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}
