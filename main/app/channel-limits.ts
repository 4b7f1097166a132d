/**
 * How much the page may have in flight on the channels that cost the main process most. Every
 * call arrives with its payload already in memory, so a page flooding documents:stage with
 * 50 MB files would otherwise have each one held (and copied to the document reader) while it
 * waits its turn, until the main process runs out of memory. Past a limit a call is refused at
 * once with a typed `busy`, its payload left to the garbage collector.
 *
 * The limits sit well above what the window does on its own: it stages each dropped file once
 * (a send takes at most 50), sends one fax at a time, naming its files by their staging tokens,
 * and asks Telnyx about the account a few times when a screen opens.
 */
import type { Channel } from '../../preload/contract';
import { FaxdeskError } from '../engine/errors';
import type { Handlers } from './ipc-dispatch';

const MB = 1024 * 1024;

/** File bytes held by document calls in flight, together: room for two full sends and then some. */
export const MAX_BYTES_IN_FLIGHT = 256 * MB;

interface ChannelLimit {
  /** Calls of this channel in flight at once. */
  calls: number;
  /** What a refused call is told: what Faxdesk is busy with, and what to do. */
  busy: string;
}

export const CHANNEL_LIMITS: Partial<Record<Channel, ChannelLimit>> = {
  'documents:stage': {
    calls: 64,
    busy: 'Faxdesk is still reading the files added before this one. Add it again once those are checked.',
  },
  'documents:preview': {
    calls: 2,
    busy: 'Faxdesk is still preparing the preview asked for just before. Try again in a moment.',
  },
  'jobs:create': { calls: 4, busy: 'Faxdesk is still preparing the faxes sent just before. Send again in a moment.' },
  'account:discover': { calls: 4, busy: 'Faxdesk is already looking up your Telnyx account. Try again in a moment.' },
  'credentials:save': { calls: 2, busy: 'Faxdesk is already checking a key with Telnyx. Try again in a moment.' },
  'settings:update': { calls: 4, busy: 'Faxdesk is still saving the settings changed before. Try again in a moment.' },
  'sandbox:set': { calls: 2, busy: 'Faxdesk is already starting or stopping the sandbox. Try again in a moment.' },
  'jobs:cancel': { calls: 16, busy: 'Faxdesk is still cancelling other faxes with Telnyx. Try again in a moment.' },
  'jobs:resend': { calls: 16, busy: 'Faxdesk is still queuing other faxes to send again. Try again in a moment.' },
  'jobs:openDocument': { calls: 4, busy: 'Faxdesk is still opening other documents. Try again in a moment.' },
  // Each holds a received fax's document (up to 50 MB) while it is read or copied.
  'inbox:document': { calls: 4, busy: 'Faxdesk is still reading other received faxes. Try again in a moment.' },
  'inbox:forward': { calls: 4, busy: 'Faxdesk is still preparing other faxes to forward. Try again in a moment.' },
  'inbox:saveCopy': { calls: 2, busy: 'Faxdesk is still saving another copy. Try again in a moment.' },
  // One file dialog at a time; each preview holds a file of up to 20 MB read into contacts.
  'contacts:importChoose': { calls: 1, busy: 'Faxdesk is already reading a contacts file. Try again in a moment.' },
  'contacts:importCommit': { calls: 1, busy: 'Faxdesk is still importing the contacts confirmed before.' },
  'contacts:export': { calls: 1, busy: 'Faxdesk is already saving your contacts. Try again in a moment.' },
};

/** The handlers, with the channels above refusing as busy past their limits. */
export function limitInFlight(handlers: Handlers, limits = CHANNEL_LIMITS, maxBytes = MAX_BYTES_IN_FLIGHT): Handlers {
  const calls = new Map<Channel, number>();
  let bytes = 0;
  const limited = { ...handlers } as Record<Channel, (request: unknown) => Promise<unknown>>;
  for (const [channel, limit] of Object.entries(limits) as Array<[Channel, ChannelLimit]>) {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    limited[channel] = async (request) => {
      const size = fileBytes(request);
      const running = calls.get(channel) ?? 0;
      if (running >= limit.calls || (size > 0 && bytes + size > maxBytes)) {
        throw new FaxdeskError('busy', limit.busy);
      }
      calls.set(channel, running + 1);
      bytes += size;
      try {
        return await handler(request);
      } finally {
        calls.set(channel, (calls.get(channel) ?? 1) - 1);
        bytes -= size;
      }
    };
  }
  return limited as unknown as Handlers;
}

/** The file bytes a validated request carries: its Uint8Arrays, however deep the schema put them. */
export function fileBytes(value: unknown, depth = 0): number {
  if (value instanceof Uint8Array) return value.byteLength;
  if (depth > 4 || value === null || typeof value !== 'object') return 0;
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.reduce((sum: number, item) => sum + fileBytes(item, depth + 1), 0);
}
