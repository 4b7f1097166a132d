/**
 * The watched folder in the app: started, moved or stopped to follow the settings, and its files
 * handed off the engine's way (engine/watch/hand-off.ts). A file queued by its name goes through
 * the same intake and volume guard as Send; any other is checked by the document reader and held
 * like a dropped file (staged-documents.ts), and the page is sent the held document to open in
 * Send — never a path it could name. Free of Electron: the folder dialog comes in as a function.
 */
import type { ForwardedDocument, WatchFolderStatus } from '../../preload/contract';
import type { SourceFile } from '../engine/documents';
import type { Engine } from '../engine/engine';
import { watchHandOff } from '../engine/watch/hand-off';
import { NUMBER_IN_NAME_RULE } from '../engine/watch/number-in-name';
import { startWatchedFolder, watchFolderPath, type WatchedFolder } from '../engine/watch/watched-folder';
import type { Log } from './main-log';
import type { StagedDocuments } from './staged-documents';

export interface WatchFolderHostDeps {
  engine: Engine;
  staged: StagedDocuments;
  emit: (event: 'watch.file', document: ForwardedDocument) => void;
  log: Log;
  /** Asks the person for a folder (a native dialog in the app); null when they cancel. */
  chooseFolder?: (current: string) => Promise<string | null>;
  /** Tests settle files faster than people's programs need. */
  timing?: { settleMs?: number; rescanMs?: number };
}

export class WatchFolderHost {
  private watched: WatchedFolder | null = null;
  private problem: string | null = null;
  /** Changes are applied one after another, so two quick switches never start two watchers. */
  private applying: Promise<void> = Promise.resolve();

  constructor(private readonly deps: WatchFolderHostDeps) {}

  /** Starts, moves or stops watching to match the settings now. */
  apply(): Promise<void> {
    this.applying = this.applying.then(() => this.follow());
    return this.applying;
  }

  status(): WatchFolderStatus {
    const settings = this.deps.engine.settings.get();
    return {
      folder: watchFolderPath(settings.watchFolder),
      watching: this.watched !== null,
      problem: settings.watchFolderEnabled ? this.problem : null,
      numberRule: NUMBER_IN_NAME_RULE,
    };
  }

  /** The person chooses the folder in a native dialog; watching follows it when it is on. */
  async chooseFolder(): Promise<WatchFolderStatus> {
    const chosen = await this.deps.chooseFolder?.(this.status().folder);
    if (chosen) {
      this.deps.engine.settings.update({ watchFolder: chosen });
      await this.apply();
    }
    return this.status();
  }

  stop(): Promise<void> {
    this.applying = this.applying.then(() => this.stopWatching());
    return this.applying;
  }

  private async follow(): Promise<void> {
    const settings = this.deps.engine.settings.get();
    const folder = watchFolderPath(settings.watchFolder);
    if (!settings.watchFolderEnabled) return this.stopWatching();
    if (this.watched?.folder === folder) return;
    await this.stopWatching();
    try {
      this.watched = await startWatchedFolder({
        folder,
        ledger: this.deps.engine.watchedFiles(),
        log: this.deps.log,
        handOff: watchHandOff({
          create: (request) => this.deps.engine.jobs.create(request),
          settings: () => this.deps.engine.settings.get(),
          open: (file) => this.open(file),
        }),
        moved: (name, result) => {
          if (result.outcome === 'failed') this.deps.log(`Watched folder: ${name} was not taken: ${result.reason}`);
        },
        ...this.deps.timing,
      });
      this.problem = null;
    } catch (error) {
      this.problem = `Faxdesk cannot watch ${folder}: ${error instanceof Error ? error.message : String(error)}`;
      this.deps.log(this.problem, error);
    }
  }

  private async stopWatching(): Promise<void> {
    const watched = this.watched;
    this.watched = null;
    await watched?.stop();
  }

  /** Read by the reader and held under a token, as a dropped file is; the page gets the held document. */
  private async open(file: SourceFile): Promise<void> {
    const staged = await this.deps.staged.stage(file, (read) => this.deps.engine.documents.inspect(read));
    this.deps.emit('watch.file', { ...staged, name: file.name, bytes: file.bytes });
  }
}
