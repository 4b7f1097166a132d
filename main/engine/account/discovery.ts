/**
 * What the account can fax with: its fax applications (the connection_id a fax is sent
 * with) and, for each, the active numbers attached to it (the `from` candidates). Discovery
 * only reports, with the sender it would choose; saving that choice is the caller's decision.
 */
import type { TelnyxClient } from '../telnyx/client';
import type { FaxApplication, PhoneNumber } from '../telnyx/shapes';
import type { SenderChoice } from './sender-check';

export interface AccountSummary {
  applications: Array<FaxApplication & { numbers: PhoneNumber[] }>;
  /** The sender to use: the current one if still valid, else a sensible default (chooseDefaults). */
  selected: SenderChoice;
}

export async function discoverAccount(client: TelnyxClient, current: SenderChoice): Promise<AccountSummary> {
  const applications = await client.listFaxApplications();
  const withNumbers = await Promise.all(
    applications.map(async (app) => ({
      ...app,
      numbers: await client.listPhoneNumbers({ connectionId: app.id, status: 'active' }),
    })),
  );
  return { applications: withNumbers, selected: chooseDefaults(withNumbers, current) };
}

/**
 * Keeps a choice the person made while it still exists; otherwise picks the only option
 * when there is exactly one, and leaves the choice open when there are several.
 */
export function chooseDefaults(applications: AccountSummary['applications'], current: SenderChoice): SenderChoice {
  const only = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);
  const app = applications.find((a) => a.id === current.connectionId) ?? only(applications);
  if (!app) return { connectionId: null, fromNumber: null };
  const numbers = app.numbers.map((n) => n.phoneNumber);
  const fromNumber =
    current.fromNumber && numbers.includes(current.fromNumber) ? current.fromNumber : (only(numbers) ?? null);
  return { connectionId: app.id, fromNumber };
}
