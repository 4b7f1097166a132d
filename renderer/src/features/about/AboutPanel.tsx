/** Shows what the main process reports about itself: the first proof the bridge works end to end. */
import { useEffect, useState } from 'react';
import type { AppInfo, CredentialStatus } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';

type Loaded = { info: AppInfo; credentials: CredentialStatus };

export function AboutPanel() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([unwrap(faxdesk().app.info()), unwrap(faxdesk().credentials.status())])
      .then(([info, credentials]) => !cancelled && setLoaded({ info, credentials }))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, []);

  if (error) {
    return (
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">Faxdesk could not start</h2>
        <p role="alert" className="error">
          {error}
        </p>
      </section>
    );
  }
  if (!loaded) return <p aria-busy="true">Starting…</p>;

  const { info, credentials } = loaded;
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">
        {info.name} <span data-testid="app-version">{info.version}</span>
      </h2>
      <dl className="facts">
        <dt>Platform</dt>
        <dd data-testid="app-platform">
          {info.platform} ({info.arch})
        </dd>
        <dt>Runtime</dt>
        <dd>
          {info.versions.electron ? `Electron ${info.versions.electron}` : 'Browser preview'} · Node{' '}
          {info.versions.node}
        </dd>
        <dt>Telnyx account</dt>
        <dd data-testid="credentials-status">
          {credentials.configured
            ? `Connected with ${credentials.kind === 'api_key' ? 'API key' : 'key and secret'} ${credentials.hint ?? ''}`
            : 'Not connected yet'}
        </dd>
      </dl>
    </section>
  );
}
