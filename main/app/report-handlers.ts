/**
 * The fax reports' channels: Save report (a sent or received fax's report, where the person
 * chooses in a save dialog) and the folder every report is saved into (chosen in a native
 * folder dialog in main: the page never names a path). Free of Electron, like handlers.ts.
 */
import { writeFile } from 'node:fs/promises';
import type { Settings } from '../../domain/settings';
import type { Engine } from '../engine/engine';
import { FaxdeskError } from '../engine/errors';
import type { Handlers } from './ipc-dispatch';

export interface ReportHandlerContext {
  engine: Pick<Engine, 'reports' | 'settings'>;
  /** Asks where to save (a native save dialog in the app); null when the person cancels. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  /** Asks for a folder (a native folder dialog in the app); null when the person cancels. */
  chooseFolder?: () => Promise<string | null>;
}

export function createReportHandlers(
  context: ReportHandlerContext,
): Pick<Handlers, 'reports:save' | 'reports:chooseFolder' | 'reports:stopSavingToFolder'> {
  const { engine } = context;
  return {
    'reports:save': async ({ id }) => {
      // Made before the dialog opens, so the person is never asked where to save what cannot be made.
      const report = await engine.reports.make(id);
      if (!context.chooseSavePath) throw new FaxdeskError('not_possible', 'Faxdesk cannot ask where to save here.');
      const target = await context.chooseSavePath(report.fileName);
      if (!target) return false;
      try {
        await writeFile(target, report.pdf);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        throw new FaxdeskError('not_possible', `Faxdesk could not save the report there (${code}).`, { cause: error });
      }
      return true;
    },
    'reports:chooseFolder': async (): Promise<Settings> => {
      if (!context.chooseFolder) throw new FaxdeskError('not_possible', 'Faxdesk cannot ask for a folder here.');
      const folder = await context.chooseFolder();
      return folder ? engine.settings.update({ reportFolder: folder }) : engine.settings.get();
    },
    'reports:stopSavingToFolder': () => Promise.resolve(engine.settings.update({ reportFolder: null })),
  };
}
