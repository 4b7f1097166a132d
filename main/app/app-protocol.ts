/**
 * Serves the built page on app://faxdesk/ (app-page.ts says why, and which files). The scheme
 * is registered as standard and secure before the app is ready, so the page has an origin of
 * its own: relative URLs resolve, module scripts and pdf.js's module worker load from 'self',
 * and the page stays a secure context as it was on file://.
 */
import { protocol } from 'electron';
import { answerAppRequest, APP_SCHEME } from './app-page';

/** Must run before app 'ready', and only once (Electron's rule for privileged schemes). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Answers app:// requests from `root` (out/renderer, inside app.asar when packaged). */
export function serveAppPage(root: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(request, root));
}
