/**
 * The settings as the page knows them: fetched from the main process when the page starts,
 * again when the account changes and when the person comes back to the window (the command line
 * may have changed them meanwhile), and replaced by the answer of every `settings:update`, which
 * is the settings as saved. Every screen reads this one copy instead of asking for its own.
 */
import type { RequestOf, Settings } from '../../../preload/contract';

export type SettingsPatch = RequestOf<'settings:update'>;

export interface SettingsChannels {
  get(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<Settings>;
}

export class SettingsSource {
  private settings: Settings | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly channels: SettingsChannels) {}

  /**
   * Asks the main process, without showing the answer yet: the caller publishes it together
   * with whatever else changed with it (the account), so the page never shows one without the other.
   */
  fetch(): Promise<Settings> {
    return this.channels.get();
  }

  /** Reads them again and shows them, once the page has shown settings at all (App decides the first time). */
  async refresh(): Promise<void> {
    if (this.settings === null) return;
    this.publish(await this.channels.get());
  }

  /** Saves a change; the main process checks it again and answers with the settings as saved. */
  async update(patch: SettingsPatch): Promise<Settings> {
    const saved = await this.channels.update(patch);
    this.publish(saved);
    return saved;
  }

  publish(settings: Settings): void {
    this.settings = settings;
    this.listeners.forEach((listener) => listener());
  }

  readonly getSnapshot = (): Settings | null => this.settings;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
