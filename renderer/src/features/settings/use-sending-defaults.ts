/**
 * The sending defaults form's state: a draft of the settings, saved as a whole through the
 * settings source, and the standard confidentiality notice to offer again.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../../../preload/contract';
import { useSettingsSource } from '../../data/SettingsProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';

export type ChangeSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => void;

export function useSendingDefaults(settings: Settings) {
  const source = useSettingsSource();
  const [draft, setDraft] = useState(settings);
  const [saved, setSaved] = useState(false);
  const saving = useAsyncAction();
  const standardNotice = useStandardNotice();

  const change: ChangeSetting = (key, value) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await saving.run(() =>
      source.update({
        connectionId: draft.connectionId,
        fromNumber: draft.fromNumber,
        defaultQuality: draft.defaultQuality,
        paperSize: draft.paperSize,
        defaultCountry: draft.defaultCountry.trim().toUpperCase(),
        redialAttempts: draft.redialAttempts,
        redialDelayMinutes: draft.redialDelayMinutes,
        senderName: draft.senderName?.trim() || null,
        confidentialityNotice: draft.confidentialityNotice,
      }),
    );
    if (result) {
      setDraft(result);
      setSaved(true);
    }
  };

  return { draft, change, save, saved, saving, standardNotice };
}

/** The notice Faxdesk ships with; null until known (or if it cannot be had). */
function useStandardNotice(): string | null {
  const [standardNotice, setStandardNotice] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    unwrap(faxdesk().settings.standardNotice()).then(
      (text) => live && setStandardNotice(text),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return standardNotice;
}
