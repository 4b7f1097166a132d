/** The main process's state as the whole page shares it: faxes, settings and connectivity. */
import type { ReactNode } from 'react';
import { ConnectivityProvider } from './ConnectivityProvider';
import { JobCacheProvider } from './JobCacheProvider';
import { SettingsProvider } from './SettingsProvider';

export function DataProviders({ children }: { children: ReactNode }) {
  return (
    <SettingsProvider>
      <ConnectivityProvider>
        <JobCacheProvider>{children}</JobCacheProvider>
      </ConnectivityProvider>
    </SettingsProvider>
  );
}
