/**
 * Top-level flow: first run until an account (or the sandbox) and a sender are chosen,
 * then the desk. Everything shown comes from the main process through window.faxdesk.
 *
 * What failed at start-up is shown above everything else. When Faxdesk could not start at
 * all, that is all there is. When only the records would not open, the account, the sending
 * defaults and About still work: an office user can check their key and sender and read the
 * version to whoever helps them, while Send and History — which need the records — say so
 * instead of failing one click at a time.
 */
import { useEffect, useState } from 'react';
import type { CredentialStatus, Settings, StartupProblem } from '../../preload/contract';
import { DeskNav, type DeskSection } from './components/DeskNav';
import { FaxdeskMark } from './components/FaxdeskMark';
import { StartupProblemNotice } from './components/StartupProblemNotice';
import { StatusBar } from './components/StatusBar';
import { AboutPanel } from './features/about/AboutPanel';
import { HistoryScreen } from './features/history/HistoryScreen';
import { AccountPanel } from './features/home/AccountPanel';
import { ChooseSenderStep } from './features/onboarding/ChooseSenderStep';
import { ConnectStep } from './features/onboarding/ConnectStep';
import { SendScreen } from './features/send/SendScreen';
import { SendingDefaults } from './features/settings/SendingDefaults';
import { faxdesk, unwrap } from './lib/api';

type Loaded = { credentials: CredentialStatus; settings: Settings };

export function App() {
  const [state, setState] = useState<Loaded | null>(null);
  const [problems, setProblems] = useState<StartupProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [section, setSection] = useState<DeskSection>('send');

  useEffect(() => {
    unwrap(faxdesk().app.info())
      .then(async ({ startupProblems }) => {
        setProblems(startupProblems);
        if (startupProblems.some((problem) => problem.affects === 'app')) return;
        const [credentials, settings] = await Promise.all([
          unwrap(faxdesk().credentials.status()),
          unwrap(faxdesk().settings.get()),
        ]);
        setState({ credentials, settings });
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return faxdesk().credentials.onChanged((credentials) =>
      setState((current) => (current ? { ...current, credentials } : current)),
    );
  }, []);

  const refreshSettings = async (credentials: CredentialStatus) => {
    const settings = await unwrap(faxdesk().settings.get());
    setState({ credentials, settings });
  };

  const notStarted = problems.some((problem) => problem.affects === 'app');
  const withoutRecords = problems.some((problem) => problem.affects === 'records');

  let content;
  if (notStarted) {
    content = null;
  } else if (error) {
    content = (
      <p role="alert" className="error">
        {error}
      </p>
    );
  } else if (!state) {
    content = <p aria-busy="true">Starting…</p>;
  } else if (!state.credentials.configured) {
    content = <ConnectStep onConnected={(credentials) => void refreshSettings(credentials)} />;
  } else if (!state.settings.connectionId || !state.settings.fromNumber) {
    content = (
      <ChooseSenderStep
        onDone={(settings) => setState({ ...state, settings })}
        onBack={() =>
          void unwrap(
            state.credentials.source === 'sandbox'
              ? faxdesk().sandbox.setEnabled(false)
              : faxdesk().credentials.clear(),
          ).then(refreshSettings, (e: unknown) => setError(e instanceof Error ? e.message : String(e)))
        }
      />
    );
  } else if (withoutRecords && section !== 'account') {
    content = (
      <p className="muted" data-testid="records-unavailable">
        Sending and your fax history need your fax records, so they are not available until Faxdesk can open them.
        Settings still work.
      </p>
    );
  } else if (section === 'send') {
    content = <SendScreen onSent={() => setSection('history')} />;
  } else if (section === 'history') {
    content = <HistoryScreen />;
  } else {
    content = (
      <>
        <AccountPanel
          credentials={state.credentials}
          settings={state.settings}
          onSignedOut={(credentials) => void refreshSettings(credentials)}
          onReplaced={(credentials) => void refreshSettings(credentials)}
        />
        {/* Keyed by the key: another account has other fax applications to offer. */}
        <SendingDefaults
          key={state.credentials.hint ?? ''}
          settings={state.settings}
          onSaved={(settings) => setState({ ...state, settings })}
        />
        <AboutPanel />
      </>
    );
  }
  const onDesk = Boolean(state?.credentials.configured && state.settings.connectionId && state.settings.fromNumber);

  return (
    <div className="app">
      <header className="app-header">
        <FaxdeskMark />
        <h1>Faxdesk</h1>
        {onDesk && <DeskNav current={section} onChange={setSection} />}
      </header>
      <main className="app-main">
        {problems.map((problem) => (
          <StartupProblemNotice key={`${problem.affects}:${problem.code}`} problem={problem} />
        ))}
        {content}
      </main>
      <StatusBar />
    </div>
  );
}
