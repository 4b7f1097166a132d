/** Gives the page one view of Telnyx connectivity: listened for from the start, asked for once. */
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ConnectivityStatus } from '../../../preload/contract';
import { faxdesk, unwrap } from '../lib/api';
import { ConnectivitySource } from './connectivity-source';

const ConnectivityContext = createContext<ConnectivitySource | null>(null);

export function ConnectivityProvider({ children }: { children: ReactNode }) {
  const [source] = useState(() => new ConnectivitySource());
  useEffect(() => {
    // Listening starts before the question, so no change can fall between the two.
    const off = faxdesk().connectivity.onChanged((status) => source.changed(status));
    unwrap(faxdesk().connectivity.status()).then(
      (status) => source.answered(status),
      () => undefined,
    );
    return off;
  }, [source]);
  return <ConnectivityContext value={source}>{children}</ConnectivityContext>;
}

/** Null until the main process has said. */
export function useConnectivity(): ConnectivityStatus | null {
  const source = useContext(ConnectivityContext);
  if (!source) throw new Error('useConnectivity needs a ConnectivityProvider above it');
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
