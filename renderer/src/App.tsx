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
import type { CredentialStatus, StartupProblem } from '../../preload/contract';
import { DeskNav, type DeskSection } from './components/DeskNav';
import { FaxdeskMark } from './components/FaxdeskMark';
import { SandboxMarker } from './components/SandboxMarker';
import { StartupProblemNotice } from './components/StartupProblemNotice';
import { StatusBar } from './components/StatusBar';
import { useSettings, useSettingsSource } from './data/SettingsProvider';
import { AddressBookScreen } from './features/contacts/AddressBookScreen';
import { HistoryScreen } from './features/history/HistoryScreen';
import { InboxScreen } from './features/inbox/InboxScreen';
import { ChooseSenderStep } from './features/onboarding/ChooseSenderStep';
import { ConnectStep } from './features/onboarding/ConnectStep';
import { SendScreen } from './features/send/SendScreen';
import type { SendDraft } from './features/send/send-model';
import { useWatchedFileArrivals } from './features/send/use-watched-files';
import { watchedFiles } from './data/watched-files';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { ShortcutsHelp } from './features/shortcuts/ShortcutsHelp';
import { faxdesk, unwrap } from './lib/api';
import { useDesktopRequests } from './lib/use-desktop-requests';

export function App() {
  const settingsSource = useSettingsSource();
  const settings = useSettings();
  const [credentials, setCredentials] = useState<CredentialStatus | null>(null);
  const [problems, setProblems] = useState<StartupProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [section, setSection] = useState<DeskSection>('send');
  // What Send opens with after Forward or Reply in the inbox; keyed, so each draft is a fresh form.
  const [draft, setDraft] = useState<{ key: number; draft: SendDraft } | null>(null);
  const openSend = (next: SendDraft) => {
    setDraft((current) => ({ key: (current?.key ?? 0) + 1, draft: next }));
    setSection('send');
  };
  const changeSection = (next: DeskSection) => {
    // A draft is for the Send screen it opened; coming back to Send later starts empty.
    if (next !== 'send') {
      setDraft(null);
      setHandedProblems([]);
    }
    setSection(next);
  };
  // A file from the watched folder opens in Send, joining whatever is being prepared there.
  useWatchedFileArrivals(() => setSection('send'));
  // A fax a clicked notification named, shown in its list; keyed, so clicking it again opens it again.
  const [faxRequest, setFaxRequest] = useState<{ faxId: string; key: number } | null>(null);
  // Files handed to Faxdesk that could not be added, said above Send.
  const [handedProblems, setHandedProblems] = useState<string[]>([]);

  useEffect(() => {
    unwrap(faxdesk().app.info())
      .then(async ({ startupProblems }) => {
        setProblems(startupProblems);
        if (startupProblems.some((problem) => problem.affects === 'app')) return;
        const [status, loaded] = await Promise.all([unwrap(faxdesk().credentials.status()), settingsSource.fetch()]);
        settingsSource.publish(loaded);
        setCredentials(status);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return faxdesk().credentials.onChanged((status) => setCredentials((current) => (current ? status : current)));
  }, [settingsSource]);

  /** Another account (or none) may come with other settings: they are read again with it. */
  const refreshSettings = async (status: CredentialStatus) => {
    const loaded = await settingsSource.fetch();
    settingsSource.publish(loaded);
    setCredentials(status);
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
  } else if (!credentials || !settings) {
    content = <p aria-busy="true">Starting…</p>;
  } else if (!credentials.configured) {
    content = <ConnectStep onConnected={(status) => void refreshSettings(status)} />;
  } else if (!settings.connectionId || !settings.fromNumber) {
    content = (
      <ChooseSenderStep
        onBack={() =>
          void unwrap(
            credentials.source === 'sandbox' ? faxdesk().sandbox.setEnabled(false) : faxdesk().credentials.clear(),
          ).then(refreshSettings, (e: unknown) => setError(e instanceof Error ? e.message : String(e)))
        }
      />
    );
  } else if (withoutRecords && section !== 'account') {
    content = (
      <p className="muted" data-testid="records-unavailable">
        Sending, the inbox and your fax history need your fax records, so they are not available until Faxdesk can open
        them. Received faxes wait at Telnyx meanwhile. Settings still work.
      </p>
    );
  } else if (section === 'send') {
    content = (
      <>
        {handedProblems.map((problem) => (
          <p key={problem} role="alert" className="error" data-testid="handed-problem">
            {problem}
          </p>
        ))}
        <SendScreen key={draft?.key ?? 0} draft={draft?.draft} onSent={() => changeSection('history')} />
      </>
    );
  } else if (section === 'inbox') {
    content = (
      <InboxScreen
        openRequest={faxRequest}
        onForward={(document) => openSend({ files: [document], numbers: [] })}
        onReply={(number) => openSend({ files: [], numbers: [number] })}
      />
    );
  } else if (section === 'history') {
    content = <HistoryScreen openRequest={faxRequest} />;
  } else if (section === 'contacts') {
    content = <AddressBookScreen onFax={(number) => openSend({ files: [], numbers: [number] })} />;
  } else {
    content = (
      <SettingsScreen
        credentials={credentials}
        settings={settings}
        onAccountChanged={(status) => void refreshSettings(status)}
      />
    );
  }
  const onDesk = Boolean(credentials?.configured && settings?.connectionId && settings.fromNumber);
  useDesktopRequests(onDesk && !withoutRecords, {
    onHanded: ({ documents, problems }) => {
      setHandedProblems(problems);
      // They join the files being prepared in Send, as the watched folder's do: nothing typed is lost.
      documents.forEach((document) => watchedFiles.deliver(document, 'opened with Faxdesk'));
      if (documents.length > 0) setSection('send');
    },
    onOpenFax: ({ direction, faxId }) => {
      changeSection(direction === 'sent' ? 'history' : 'inbox');
      setFaxRequest(faxId ? { faxId, key: Date.now() } : null);
    },
  });

  return (
    <div className="app">
      <header className="app-header">
        <FaxdeskMark />
        <h1>Faxdesk</h1>
        {onDesk && <DeskNav current={section} onChange={changeSection} />}
        {settings?.sandboxMode && <SandboxMarker testId="header-sandbox-marker" />}
        {onDesk && <ShortcutsHelp />}
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
