/** The main process's state as the whole page shares it: faxes sent and received, settings and connectivity. */
import type { ReactNode } from 'react';
import { ConnectivityProvider } from './ConnectivityProvider';
import { InboxCacheProvider } from './InboxCacheProvider';
import { JobCacheProvider } from './JobCacheProvider';
import { SettingsProvider } from './SettingsProvider';

export function DataProviders({ children }: { children: ReactNode }) {
  return (
    <SettingsProvider>
      <ConnectivityProvider>
        <JobCacheProvider>
          <InboxCacheProvider>{children}</InboxCacheProvider>
        </JobCacheProvider>
      </ConnectivityProvider>
    </SettingsProvider>
  );
}
