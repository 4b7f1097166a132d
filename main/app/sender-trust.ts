/**
 * Who may call the main process: only the top frame of a window Faxdesk created, showing
 * Faxdesk's own page. An iframe, a navigated-away page or any other webContents is refused,
 * even though the preload would never give it the bridge in the first place.
 */
import { isAppUrl } from './app-page';

/** The parts of an invoke event the check reads; tests pass plain objects of this shape. */
export interface SenderEvent {
  sender: { id: number; mainFrame: unknown };
  senderFrame: { url: string } | null;
}

export interface SenderTrust {
  isTrusted(event: SenderEvent): boolean;
  /** Called for each window Faxdesk creates. */
  trust(webContentsId: number): void;
  forget(webContentsId: number): void;
}

/** `pageUrl` is the URL our renderer is loaded from (app://faxdesk/index.html, or the dev server). */
export function createSenderTrust(pageUrl: string): SenderTrust {
  const trusted = new Set<number>();
  const page = new URL(pageUrl);
  return {
    isTrusted(event) {
      const frame = event.senderFrame;
      if (!frame || !trusted.has(event.sender.id)) return false;
      if (frame !== event.sender.mainFrame) return false;
      return isOurPage(frame.url, page);
    },
    trust: (id) => void trusted.add(id),
    forget: (id) => void trusted.delete(id),
  };
}

function isOurPage(url: string, page: URL): boolean {
  let candidate: URL;
  try {
    candidate = new URL(url);
  } catch {
    return false;
  }
  // Our own scheme: the page itself, not another file served beside it. (URL.origin is
  // "null" for schemes Node does not know, so it cannot be compared here.)
  if (isAppUrl(page)) return isAppUrl(candidate) && candidate.pathname === page.pathname;
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return false;
  return candidate.origin === page.origin;
}
