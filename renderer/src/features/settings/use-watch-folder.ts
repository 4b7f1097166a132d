/**
 * The watched folder as the main process runs it: where it is and whether it is watched, read
 * again whenever its settings change, and the folder chosen in the main process's own dialog
 * (the page never names a folder). The settings are read again after a choice, so every view
 * of them shows the new folder.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Settings, WatchFolderStatus } from '../../../../preload/contract';
import { useSettingsSource } from '../../data/SettingsProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';

export function useWatchFolder(settings: Settings) {
  const source = useSettingsSource();
  const [status, setStatus] = useState<WatchFolderStatus | null>(null);
  const choosing = useAsyncAction();

  useEffect(() => {
    let current = true;
    unwrap(faxdesk().watch.status()).then(
      (next) => current && setStatus(next),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [settings.watchFolderEnabled, settings.watchFolder]);

  const choose = useCallback(async () => {
    const next = await choosing.run(() => unwrap(faxdesk().watch.chooseFolder()));
    if (!next) return;
    setStatus(next);
    await source.refresh().catch(() => undefined);
  }, [choosing, source]);

  return { status, choose, choosing };
}
