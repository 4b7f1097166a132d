/**
 * The app's IPC as the page meets it, without Electron: the real engine (records, settings, the
 * document reader) against a Telnyx sandbox, composed by main/app/startup.ts as the app does,
 * behind the real dispatch and handle() with the real sender check. The person's answers to
 * native dialogs and what the desktop would open are recorded instead of shown.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_PAGE_URL } from '../../main/app/app-page';
import type { AskPerson, DeskQuestion } from '../../main/app/desk-questions';
import { handle } from '../../main/app/ipc';
import { createDispatch, type Dispatch } from '../../main/app/ipc-dispatch';
import { SandboxHost } from '../../main/app/sandbox-host';
import { createSenderTrust, type SenderEvent } from '../../main/app/sender-trust';
import { startDesk, type StartedDesk } from '../../main/app/startup';
import { createEngine, type Engine, type EngineConfig } from '../../main/engine/engine';
import type { SecretStore } from '../../main/engine/secrets/secret-store';
import type { Result } from '../../preload/contract';
import { MemorySecretStore } from './memory-secret-store';

/** The Faxdesk window's top frame, as handle() sees an invoke from it. */
export const ourWindow: SenderEvent = (() => {
  const mainFrame = { url: APP_PAGE_URL };
  return { sender: { id: 1, mainFrame }, senderFrame: mainFrame };
})();

export interface IpcDeskOptions {
  /** Telnyx for the engine: the sandbox's base URL, or somewhere that does not answer. */
  apiBase: string;
  /** The key in the environment; none means the desk is not connected. */
  apiKey?: string | null;
  secretStore?: SecretStore;
  /** How the person answers the native dialogs; yes unless a test says otherwise. */
  answer?: (question: DeskQuestion) => boolean | Promise<boolean>;
  engine?: Partial<EngineConfig>;
}

export interface IpcDesk {
  engine: Engine;
  desk: StartedDesk;
  dataDir: string;
  dispatch: Dispatch;
  /** A call as the page makes it: through handle(), from our window. */
  invoke(channel: unknown, payload: unknown): Promise<Result<unknown>>;
  /** The same, from whichever sender the test says (a stranger, a subframe). */
  invokeFrom(event: SenderEvent, channel: unknown, payload: unknown): Promise<Result<unknown>>;
  /** Every question put to the person, in order. */
  questions: DeskQuestion[];
  /** What dispatch logged as unexpected (an untyped error escaping a handler). */
  unexpected: unknown[];
  openedPaths: string[];
  close(): Promise<void>;
}

export async function openIpcDesk(options: IpcDeskOptions): Promise<IpcDesk> {
  const dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-ipc-'));
  const questions: DeskQuestion[] = [];
  const ask: AskPerson = async (question) => {
    questions.push(question);
    return (await options.answer?.(question)) ?? true;
  };
  const openedPaths: string[] = [];
  const sandbox = new SandboxHost();
  const desk = await startDesk({
    dataDir,
    runtime: { name: 'Faxdesk', version: '0.1.0', electron: null, chrome: null },
    sandbox,
    emit: () => undefined,
    ask,
    desktop: {
      openPath: (path) => {
        openedPaths.push(path);
        return Promise.resolve();
      },
      viewingFolder: join(dataDir, 'viewing'),
      // Never the real home: on a Mac, print:installMacService would write into ~/Library.
      home: join(dataDir, 'home'),
    },
    log: () => undefined,
    createEngine: () =>
      createEngine({
        dataDir,
        secretStore: options.secretStore ?? new MemorySecretStore(),
        environment: { apiBase: options.apiBase, apiKey: options.apiKey ?? undefined },
        telnyx: { timeoutMs: 3_000, readRetries: 0 },
        confirmLargeBatch: ask,
        log: () => undefined,
        ...options.engine,
      }),
  });
  if (!desk.engine) throw new Error(`the desk did not start: ${desk.problems.map((p) => p.title).join('; ')}`);
  const engine = desk.engine;
  const unexpected: unknown[] = [];
  const dispatch = createDispatch(desk.handlers, (_message, error) => unexpected.push(error));
  const trust = createSenderTrust(APP_PAGE_URL);
  trust.trust(ourWindow.sender.id);
  const call = handle(trust, dispatch);
  return {
    engine,
    desk,
    dataDir,
    dispatch,
    invoke: (channel, payload) => call(ourWindow, channel as never, payload),
    invokeFrom: (event, channel, payload) => call(event, channel as never, payload),
    questions,
    unexpected,
    openedPaths,
    close: async () => {
      desk.stopEvents();
      await engine.close();
      await sandbox.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
