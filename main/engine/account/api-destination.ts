/**
 * Where a Telnyx key may be sent. A key is the whole account: whoever receives it can fax on
 * the customer's bill and read every fax. So the stored key (and the built-in sandbox's key)
 * goes only to Telnyx's API host over https, or to this computer's loopback address, where the
 * sandbox and test servers listen. A key given for one run with TELNYX_API_KEY may go to
 * another https host, since whoever set the variable chose both the key and the host. Plain
 * http leaves this computer for no key: anyone on the way could read it.
 *
 * Checked where the engine makes a client (AccountConnection), so the app, the CLI and every API base
 * — FAXDESK_API_BASE, the `apiBase` setting, `faxdesk login --api-base` — pass through it.
 */
import { FaxdeskError } from '../errors';

/** The only host outside this computer a stored key is sent to. */
export const TELNYX_API_HOST = 'api.telnyx.com';

/** Where the key comes from: only `environment` (TELNYX_API_KEY) may leave for another https host. */
export type KeyOrigin = 'keychain' | 'sandbox' | 'environment';

/**
 * Where the API base comes from, so the refusal can say what to change. `sign-in…` are for a
 * key about to be stored, to which TELNYX_API_KEY's exception never applies.
 */
export type BaseOrigin = 'environment' | 'settings' | 'sign-in' | 'sign-in-environment' | 'sandbox' | 'telnyx';

export interface KeyDestination {
  key: KeyOrigin;
  base: BaseOrigin;
}

/** Throws `invalid_settings`, in words, unless a key from `destination.key` may be sent to `baseURL`. */
export function checkKeyDestination(baseURL: string, destination: KeyDestination): void {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    throw refusal(`The Telnyx API address "${baseURL}" is not a web address.`, destination);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw refusal(`The Telnyx API address must start with https://, not "${url.protocol}".`, destination);
  }
  // A name and password in the address would travel with every request; the key is enough.
  if (url.username !== '' || url.password !== '') {
    throw refusal('The Telnyx API address contains a user name or password, which Faxdesk does not send.', destination);
  }
  if (isLoopback(url.hostname)) return;
  const where = `${url.protocol}//${url.host}`;
  if (url.protocol === 'http:') {
    throw refusal(
      `Faxdesk will not send a Telnyx key to ${where}: over plain http, anyone on the way could read it.`,
      destination,
    );
  }
  if (isTelnyx(url) || destination.key === 'environment') return;
  throw refusal(
    `Faxdesk sends ${destination.key === 'sandbox' ? "the sandbox's key" : 'your stored Telnyx key'} only to Telnyx (https://${TELNYX_API_HOST}) or to this computer, not to ${where}.`,
    destination,
  );
}

/** 127.0.0.0/8, ::1 and `localhost`: the URL parser has already turned 0x7f.1 and the like into dotted form. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function isTelnyx(url: URL): boolean {
  return url.hostname === TELNYX_API_HOST && url.port === '';
}

const whatToDo: Record<BaseOrigin, string> = {
  environment: 'Unset FAXDESK_API_BASE to use Telnyx itself, or give a key for this run with TELNYX_API_KEY.',
  settings:
    'Sign in again without an API address (`faxdesk login` without --api-base) to use Telnyx itself, or give a key for this run with TELNYX_API_KEY.',
  'sign-in': 'Sign in without an API address to use Telnyx itself, or give the key for one run with TELNYX_API_KEY.',
  'sign-in-environment':
    'Unset FAXDESK_API_BASE to sign in to Telnyx itself, or give the key for one run with TELNYX_API_KEY.',
  sandbox: 'Turn "Try without an account" off and on again.',
  telnyx: 'Check the address and try again.',
};

function refusal(summary: string, destination: KeyDestination): FaxdeskError {
  return new FaxdeskError('invalid_settings', summary, { whatToDo: whatToDo[destination.base] });
}
