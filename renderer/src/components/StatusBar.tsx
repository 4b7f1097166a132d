/**
 * The strip along the bottom of the window: whether Telnyx can be reached and when it last
 * answered, and what is running. Updates live from the main process.
 */
import { useEffect, useState } from 'react';
import type { AppInfo, ConnectivityStatus } from '../../../preload/contract';
import { useConnectivity } from '../data/ConnectivityProvider';
import { faxdesk, unwrap } from '../lib/api';

const clock = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

function connectionText(status: ConnectivityStatus | null): { text: string; state: 'online' | 'offline' | 'unknown' } {
  if (!status || status.online === null) return { text: 'Not in touch with Telnyx yet', state: 'unknown' };
  const last = status.lastContactAt ? ` · last checked with Telnyx at ${clock(status.lastContactAt)}` : '';
  if (status.online) return { text: `Online${last}`, state: 'online' };
  return { text: `Offline — faxes wait in the outbox${last}`, state: 'offline' };
}

export function StatusBar() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  // The newest report wins: see ConnectivitySource for why that is the last event to arrive.
  const connectivity = useConnectivity();
  useEffect(() => {
    unwrap(faxdesk().app.info()).then(setInfo, () => setInfo(null));
  }, []);
  const connection = connectionText(connectivity);
  return (
    <footer className="status-bar">
      <span role="status" data-testid="connection-status" className={`connection connection-${connection.state}`}>
        <span className="connection-dot" aria-hidden="true" />
        {connection.text}
      </span>
      {info && (
        <>
          <span>
            {info.name} <span data-testid="app-version">{info.version}</span>
          </span>
          <span data-testid="app-platform">
            {info.platform} ({info.arch})
          </span>
        </>
      )}
    </footer>
  );
}
