/**
 * A fax application and number become the ones faxes go out with only once the account is seen
 * to have them, as `faxdesk account --connection --from` has always required. The page may ask
 * for any value through settings:update; without this check a page could point the desk at an
 * application or number of its choosing.
 *
 * A change that cannot be checked (no connection, Telnyx unreachable) is refused, not saved on
 * trust: the choice already saved keeps working, and the person can try again online.
 */
import { FaxdeskError } from '../errors';
import type { TelnyxClient } from '../telnyx/client';

export interface SenderChoice {
  connectionId: string | null;
  fromNumber: string | null;
}

/**
 * Whether going from `current` to `next` sets a fax application or number, and so needs the
 * account to agree. Clearing one sends nothing anywhere, so it needs no check; a new fax
 * application is checked with the number that stays, so the two always belong together.
 */
export function senderChanges(current: SenderChoice, next: SenderChoice): boolean {
  const setsConnection = next.connectionId !== null && next.connectionId !== current.connectionId;
  const setsNumber = next.fromNumber !== null && next.fromNumber !== current.fromNumber;
  return setsConnection || setsNumber;
}

/** Throws, in words, unless the account has this fax application with this active number. */
export async function checkSender(client: () => Promise<TelnyxClient>, next: SenderChoice): Promise<void> {
  const { connectionId, fromNumber } = next;
  if (connectionId === null) {
    throw new FaxdeskError(
      'invalid_settings',
      'That change was not saved: choose the fax application first, then a number of that application.',
    );
  }
  const applications = await reach(client, (telnyx) => telnyx.listFaxApplications());
  const application = applications.find((app) => app.id === connectionId);
  if (!application) {
    throw new FaxdeskError(
      'invalid_settings',
      `That change was not saved: this Telnyx account has no fax application ${connectionId}. Choose one of its own.`,
    );
  }
  if (fromNumber === null) return;
  const numbers = await reach(client, (telnyx) => telnyx.listPhoneNumbers({ connectionId, status: 'active' }));
  if (!numbers.some((number) => number.phoneNumber === fromNumber)) {
    throw new FaxdeskError(
      'invalid_settings',
      `That change was not saved: ${fromNumber} is not an active number of the fax application "${application.name}". Choose one of its numbers.`,
    );
  }
}

/** Asks Telnyx; a failure becomes a refusal that says the change was not saved and why. */
async function reach<T>(client: () => Promise<TelnyxClient>, read: (telnyx: TelnyxClient) => Promise<T>): Promise<T> {
  try {
    return await read(await client());
  } catch (error) {
    if (!(error instanceof FaxdeskError)) throw error;
    const why =
      error.code === 'offline' || error.code === 'telnyx_unavailable'
        ? 'Faxdesk checks a new fax application or number with your Telnyx account first, and could not reach Telnyx. ' +
          'The choice saved before still stands; try again when you are online.'
        : `Faxdesk checks a new fax application or number with your Telnyx account first, and could not: ${error.message}`;
    throw new FaxdeskError(error.code, `That change was not saved. ${why}`, { cause: error });
  }
}
