/**
 * The strip along the bottom of the window: whether Telnyx can be reached and when it last
 * answered (or, in sandbox mode, that nothing is sent), and what is running. Updates live
 * from the main process.
 */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../preload/contract';
import { useConnectivity } from '../data/ConnectivityProvider';
import { useSettings } from '../data/SettingsProvider';
import { faxdesk, unwrap } from '../lib/api';
import { SandboxMarker } from './SandboxMarker';
import { platformName } from '../lib/platform-name';
import { connectionText } from './status-text';

export function StatusBar() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  // The newest report wins: see ConnectivitySource for why that is the last event to arrive.
  const connectivity = useConnectivity();
  const sandbox = useSettings()?.sandboxMode ?? false;
  useEffect(() => {
    unwrap(faxdesk().app.info()).then(setInfo, () => setInfo(null));
  }, []);
  const connection = connectionText(connectivity, sandbox);
  return (
    <footer className="status-bar">
      <span role="status" data-testid="connection-status" className={`connection connection-${connection.state}`}>
        {sandbox ? (
          <SandboxMarker testId="status-sandbox-marker" />
        ) : (
          <span className="connection-dot" aria-hidden="true" />
        )}
        {connection.text}
      </span>
      {info && (
        <>
          <span>
            {info.name} <span data-testid="app-version">{info.version}</span>
          </span>
          <span data-testid="app-platform">{platformName(info.platform, info.arch)}</span>
        </>
      )}
    </footer>
  );
}
