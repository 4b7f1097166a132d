/**
 * The `desk` fixture: a page showing the built renderer, whose window.faxdesk is the real
 * bridge, answered by the real handlers and engine in this process, with credentials in the
 * real keychain (a throwaway one under `npm test`, see scripts/test.sh). The desk is composed
 * and started by main/app/desk-composition.ts, as the app's is, so a start-up that fails fails
 * here the same way; the harness brings only what stands in for Electron and the person.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { composeDesk } from '../../../main/app/desk-composition';
import type { Dispatch } from '../../../main/app/ipc-dispatch';
import type { DeskQuestion } from '../../../main/app/desk-questions';
import { forkReaderLauncher } from '../../../main/engine/documents/fork-reader';
import type { Engine } from '../../../main/engine/engine';
import type { OutboxPolicy } from '../../../main/engine/outbox/policy';
import { KeytarSecretStore } from '../../../main/engine/secrets/keytar-secret-store';
import { confSettingsBackend } from '../../../main/engine/store/settings';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import type { EventName, Events, StartupProblem } from '../../../preload/contract';
import { documentReader, harnessDir, rendererDir } from './global-setup';
import { serveDirectory } from './static-server';

export const screenshotDir = resolve(import.meta.dirname, '../../../test-results/screenshots');

export interface DeskOptions {
  /**
   * Point the engine at the worker's `telnyx` server as if through FAXDESK_API_BASE, so a
   * pasted key is checked against it the way it would be against api.telnyx.com.
   */
  viaTelnyx?: boolean;
  /**
   * Outbox timings for tests that watch a whole redial: the app's shortest redial delay is a
   * minute, which a browser test should not sit through.
   */
  policy?: Partial<OutboxPolicy>;
  /** Puts files in the data folder before Faxdesk starts: damaged records, a settings file that is not JSON. */
  prepare?: (dataDir: string) => void | Promise<void>;
  /** The records' SQLite native module, when not better-sqlite3's own: a broken installation. */
  sqliteNativeBinding?: string;
  /**
   * How the person answers the native dialogs (a large send, premium-rate numbers): yes unless a
   * test says otherwise. The page never answers them.
   */
  answer?: (question: DeskQuestion) => boolean | Promise<boolean>;
  /** The test arranged for start-up to fail; otherwise a start-up problem fails the test at once. */
  expectStartupProblems?: boolean;
}

export interface Desk {
  page: Page;
  /** The running engine; reading it when the engine could not start fails the test, naming the problem. */
  engine: Engine;
  /** What failed while the desk started, as app:info reports it. */
  startupProblems: StartupProblem[];
  dataDir: string;
  keychainService: string;
  dispatch: Dispatch;
  /** Every question put to the person in a native dialog, in order. */
  questions: DeskQuestion[];
  /** The files the page asked to open in the person's viewer, in order. */
  openedPaths: string[];
  /** Where the person chose to save copies (in a folder of the test's), in order. */
  savedPaths: string[];
  /** The files the person will choose, in order, in the next contacts import dialogs; none left means Cancel. */
  importFiles: string[];
  /** The folders the person chose in a folder dialog (in the test's data folder), in order. */
  chosenFolders: string[];
  emit<E extends EventName>(event: E, payload: Events[E]): Promise<void>;
  /** Hands files to the running desk, as a second launch or macOS's open-file does in the app. */
  handOver(paths: string[]): void;
  screenshot(name: string): Promise<string>;
}

export const test = base.extend<{ deskOptions: DeskOptions; desk: Desk }, { telnyx: Sandbox }>({
  /** A Telnyx-compatible server for the whole worker (the sandbox, reached over HTTP). */
  telnyx: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await startSandbox({ stepMs: 50 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  deskOptions: [{}, { option: true }],
  desk: async ({ page, deskOptions, telnyx }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-e2e-'));
    const keychainService = `Faxdesk-e2e-${process.pid}-${testInfo.testId}`;
    const deskLog: string[] = [];
    const log = (message: string, error?: unknown) => {
      deskLog.push(message);
      console.error(message, error);
    };
    const secretStore = new KeytarSecretStore(keychainService);
    await deskOptions.prepare?.(dataDir);
    const emit = async <E extends EventName>(event: E, payload: Events[E]) => {
      await page.evaluate(([e, p]) => window.__faxdeskEmit(e, p), [event, payload] as const);
    };
    const openedPaths: string[] = [];
    const savedPaths: string[] = [];
    const importFiles: string[] = [];
    const chosenFolders: string[] = [];
    const questions: DeskQuestion[] = [];
    // As in the app: engine events reach the page, and the outbox runs.
    const started = await composeDesk({
      dataDir,
      runtime: { name: 'Faxdesk', version: '0.1.0', electron: null, chrome: null },
      secretStore,
      // Plain Node has no electron-store; conf is its base, on the same settings.json.
      settingsBackend: () => confSettingsBackend(dataDir),
      environment: { apiBase: deskOptions.viaTelnyx ? telnyx.baseUrl : undefined },
      documentReader: forkReaderLauncher(pathToFileURL(documentReader)),
      // The test stands in for the person at the desk: it sees each native dialog and answers it.
      ask: (question) => {
        questions.push(question);
        return Promise.resolve(deskOptions.answer?.(question) ?? true);
      },
      // The test is the desktop: it records what would have opened in the PDF viewer.
      openPath: (path) => {
        openedPaths.push(path);
        return Promise.resolve();
      },
      // The test is the person at the save dialog: it saves under the suggested name in a folder of its own.
      chooseSavePath: async (suggestedName) => {
        const folder = join(dataDir, 'saved-by-the-person');
        await mkdir(folder, { recursive: true });
        savedPaths.push(join(folder, suggestedName));
        return savedPaths.at(-1) ?? null;
      },
      // A home of the test's own: the default watched folder is in it, and on a Mac the PDF Services.
      home: join(dataDir, 'home'),
      // The test is the person at the open dialog of "Import contacts": it picks the files it queued.
      chooseImportFile: () => Promise.resolve(importFiles.shift() ?? null),
      chooseExportPath: async (suggestedName) => {
        const folder = join(dataDir, 'saved-by-the-person');
        await mkdir(folder, { recursive: true });
        savedPaths.push(join(folder, suggestedName));
        return savedPaths.at(-1) ?? null;
      },
      // The test is the person at the folder dialog: it chooses a folder of its own, never one in the real home.
      chooseFolder: () => Promise.resolve(join(dataDir, 'Watched folder')),
      // The test is the person at the folder dialog: it chooses a fresh folder of its own.
      chooseReportFolder: async () => {
        const folder = join(dataDir, `chosen-folder-${chosenFolders.length + 1}`);
        await mkdir(folder, { recursive: true });
        chosenFolders.push(folder);
        return folder;
      },
      emit: (event, payload) => void emit(event, payload).catch(() => undefined),
      log,
      tuning: { policy: deskOptions.policy, sqliteNativeBinding: deskOptions.sqliteNativeBinding },
    });
    if (!deskOptions.expectStartupProblems) expect(started.problems, 'start-up problems').toEqual([]);
    const { dispatch } = started;
    const server = await serveDirectory(rendererDir);
    await page.exposeBinding('__faxdeskInvoke', async (_source, channel: unknown, payload: unknown) =>
      encodeBytes(await dispatch(channel, decodeBytes(payload))),
    );
    await page.addInitScript({ path: join(harnessDir, 'page-bridge.js') });
    await page.goto(server.url);
    // As in the app: the watched folder starts once the page is there to open its files.
    started.startWatching();
    await mkdir(screenshotDir, { recursive: true });

    await use({
      page,
      get engine(): Engine {
        if (started.engine) return started.engine;
        throw new Error(`The engine did not start: ${started.problems.map((p) => p.title).join('; ')}`);
      },
      startupProblems: started.problems,
      dataDir,
      keychainService,
      dispatch,
      openedPaths,
      savedPaths,
      importFiles,
      chosenFolders,
      questions,
      emit,
      handOver: (paths) => started.handed.hand(paths),
      screenshot: async (name) => {
        const path = join(screenshotDir, `${name}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
    });

    started.stopEvents();
    await started.engine?.close();
    // The page's files were read by the app's document worker, not by a quiet fallback.
    expect(deskLog.filter((line) => line.includes('document worker'))).toEqual([]);
    await secretStore.clear();
    await started.sandbox.stop();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** First run with the built-in sandbox ("Try without an account", its first number): the desk opens on Send. */
export async function startOnSend(desk: Desk): Promise<Page> {
  const { page } = desk;
  await page.getByRole('button', { name: 'Try without an account' }).click();
  await page.getByLabel('Send from').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start faxing' }).click();
  await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible();
  return page;
}

/** Answers carry bytes too (documents:preview): as page-bridge.ts's encodeBytes, the other way. */
function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __faxdeskBytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encodeBytes(inner)]));
  }
  return value;
}

/** The inverse of page-bridge.ts's encodeBytes: base64 back into Uint8Array. */
function decodeBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (value && typeof value === 'object') {
    const bytes = (value as { __faxdeskBytes?: unknown }).__faxdeskBytes;
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64'));
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decodeBytes(inner)]));
  }
  return value;
}
