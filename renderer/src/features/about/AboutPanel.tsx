/** What this copy of Faxdesk is running on, as the main process reports it. */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { platformName } from '../../lib/platform-name';

export function AboutPanel() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    unwrap(faxdesk().app.info()).then(setInfo, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (error) {
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  }
  if (!info) return null;
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">About {info.name}</h2>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{info.version}</dd>
        <dt>System</dt>
        <dd data-testid="about-system">{platformName(info.platform, info.arch)}</dd>
        <dt>Runtime</dt>
        <dd>
          {info.versions.electron ? `Electron ${info.versions.electron}` : 'Browser preview'} · Node{' '}
          {info.versions.node}
        </dd>
      </dl>
    </section>
  );
}
