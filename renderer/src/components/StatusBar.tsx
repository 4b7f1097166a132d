/** The strip along the bottom of the window: what is running, as the main process reports it. */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../preload/contract';
import { faxdesk, unwrap } from '../lib/api';

export function StatusBar() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    unwrap(faxdesk().app.info()).then(setInfo, () => setInfo(null));
  }, []);
  if (!info) return <footer className="status-bar" />;
  return (
    <footer className="status-bar">
      <span>
        {info.name} <span data-testid="app-version">{info.version}</span>
      </span>
      <span data-testid="app-platform">
        {info.platform} ({info.arch})
      </span>
    </footer>
  );
}
