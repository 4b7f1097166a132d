/**
 * One section of the settings, saved on its own: a draft of the fields it shows, saved
 * through the settings source (which the main process checks again), so a change in one
 * section is never held back by, or saved with, another section's half-typed value.
 */
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../preload/contract';
import { useSettingsSource } from '../../data/SettingsProvider';
import type { SettingsPatch } from '../../data/settings-source';
import { useAsyncAction } from '../../lib/use-async-action';

export type ChangeSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => void;

export function useSettingsSection(
  settings: Settings,
  /** The section's fields as they are saved; a string instead when they cannot be, saying why. */
  patchOf: (draft: Settings) => SettingsPatch | string,
) {
  const source = useSettingsSource();
  const [draft, setDraft] = useState(settings);
  const [saved, setSaved] = useState(false);
  const saving = useAsyncAction();

  const change: ChangeSetting = (key, value) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const patch = patchOf(draft);
    if (typeof patch === 'string') {
      saving.setError(patch);
      return;
    }
    const result = await saving.run(() => source.update(patch));
    if (result) {
      setDraft(result);
      setSaved(true);
    }
  };

  return { draft, change, save, saved, saving };
}

export type SettingsSectionState = ReturnType<typeof useSettingsSection>;
