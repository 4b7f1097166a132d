/**
 * The `desk` fixture: a page showing the built renderer, whose window.faxdesk is the real
 * bridge, answered by the real handlers and engine in this process.
 */
import { test as base, type Page } from '@playwright/test';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../../main/app/handlers';
import { createDispatch, type Dispatch } from '../../../main/app/ipc-dispatch';
import { createEngine, type Engine } from '../../../main/engine/engine';
import type { EventName, Events } from '../../../preload/contract';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { harnessDir, rendererDir } from './global-setup';
import { serveDirectory } from './static-server';

export const screenshotDir = resolve(import.meta.dirname, '../../../test-results/screenshots');

export interface Desk {
  page: Page;
  engine: Engine;
  dispatch: Dispatch;
  emit<E extends EventName>(event: E, payload: Events[E]): Promise<void>;
  screenshot(name: string): Promise<string>;
}

export const test = base.extend<{ desk: Desk }>({
  desk: async ({ page }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-e2e-'));
    const engine = createEngine({ dataDir, secretStore: new MemorySecretStore() });
    const dispatch = createDispatch(
      createHandlers(engine, { name: 'Faxdesk', version: '0.1.0', electron: null, chrome: null }),
    );
    const server = await serveDirectory(rendererDir);
    await page.exposeBinding('__faxdeskInvoke', (_source, channel: unknown, payload: unknown) =>
      dispatch(channel, payload),
    );
    await page.addInitScript({ path: join(harnessDir, 'page-bridge.js') });
    await page.goto(server.url);
    await mkdir(screenshotDir, { recursive: true });

    await use({
      page,
      engine,
      dispatch,
      emit: async (event, payload) => {
        await page.evaluate(([e, p]) => window.__faxdeskEmit(e, p), [event, payload] as const);
      },
      screenshot: async (name) => {
        const path = join(screenshotDir, `${name}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
    });

    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
