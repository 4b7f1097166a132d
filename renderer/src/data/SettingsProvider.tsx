/** Gives the page its one settings source; App loads it once Faxdesk has started. */
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Settings } from '../../../preload/contract';
import { faxdesk, unwrap } from '../lib/api';
import { SettingsSource } from './settings-source';

const SettingsContext = createContext<SettingsSource | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [source] = useState(
    () =>
      new SettingsSource({
        get: () => unwrap(faxdesk().settings.get()),
        update: (patch) => unwrap(faxdesk().settings.update(patch)),
      }),
  );
  useEffect(() => {
    // A failed read keeps the settings shown; the next focus tries again.
    const refresh = () => void source.refresh().catch(() => undefined);
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [source]);
  return <SettingsContext value={source}>{children}</SettingsContext>;
}

export function useSettingsSource(): SettingsSource {
  const source = useContext(SettingsContext);
  if (!source) throw new Error('useSettingsSource needs a SettingsProvider above it');
  return source;
}

/** Null until App has loaded them. */
export function useSettings(): Settings | null {
  const source = useSettingsSource();
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
