import { FaxdeskMark } from './components/FaxdeskMark';
import { AboutPanel } from './features/about/AboutPanel';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <FaxdeskMark />
        <h1>Faxdesk</h1>
      </header>
      <main className="app-main">
        <AboutPanel />
      </main>
    </div>
  );
}
