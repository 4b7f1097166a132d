/**
 * The status bar's words, kept apart from its view so they can be checked alone: how Faxdesk
 * stands with Telnyx, or, in sandbox mode, that the built-in sandbox answers and nothing is
 * sent — never "Online · last checked with Telnyx".
 */
import type { ConnectivityStatus } from '../../../preload/contract';
import { clockTime as clock } from '../features/history/format-time';

export type ConnectionState = 'online' | 'offline' | 'unknown' | 'sandbox';

export function connectionText(
  status: ConnectivityStatus | null,
  sandbox: boolean,
): { text: string; state: ConnectionState } {
  if (sandbox) {
    const last = status?.lastContactAt ? ` · last answered at ${clock(status.lastContactAt)}` : '';
    return { text: `The built-in sandbox stands in for Telnyx${last}`, state: 'sandbox' };
  }
  if (!status || status.online === null) return { text: 'Not in touch with Telnyx yet', state: 'unknown' };
  const last = status.lastContactAt ? ` · last checked with Telnyx at ${clock(status.lastContactAt)}` : '';
  if (status.online) return { text: `Online${last}`, state: 'online' };
  return { text: `Offline — faxes wait in the outbox${last}`, state: 'offline' };
}
