/**
 * Numbers a fax should not go to unless the person means it: premium-rate lines (charged at a
 * rate their owner sets, often by the minute, and paid to that owner), satellite and other
 * international networks, and international premium rate. A page that was made to misbehave
 * could otherwise queue thousands of faxes to them and run up a phone bill, so they are refused
 * unless "Allow premium-rate and satellite numbers" is on in Settings. Ordinary, mobile,
 * toll-free and shared-cost numbers of every country stay allowed.
 *
 * The type comes from libphonenumber's numbering plans (the "max" metadata); the networks are
 * recognised by their country calling code, which is what decides the price of the call.
 */
import type { PhoneNumber } from 'libphonenumber-js/max';
import { FaxdeskError } from '../errors';

export type CostlyNumberKind = 'premium_rate' | 'satellite' | 'international_premium_rate';

export interface CostlyNumber {
  kind: CostlyNumberKind;
  /** How people write it: +1 900 555 0100. */
  shown: string;
  /** What it is, to finish "… is a": "premium-rate number". */
  what: string;
}

/** ITU-T "global services" codes of satellite and international networks, priced far above a call. */
const NETWORKS: Record<string, string> = {
  '870': 'satellite number (Inmarsat)',
  '881': 'satellite number (a satellite phone network such as Iridium or Globalstar)',
  '882': 'number on an international network (such as the Thuraya satellite network)',
};
/** International Premium Rate Service: premium rate charged across borders. */
const INTERNATIONAL_PREMIUM_RATE = '979';

/** What makes `number` costly, or null for an ordinary number. */
export function costlyNumber(number: PhoneNumber): CostlyNumber | null {
  const shown = number.formatInternational();
  const code = number.countryCallingCode;
  const network = NETWORKS[code];
  if (network) return { kind: 'satellite', shown, what: network };
  if (code === INTERNATIONAL_PREMIUM_RATE) {
    return { kind: 'international_premium_rate', shown, what: 'international premium-rate number' };
  }
  if (number.getType() === 'PREMIUM_RATE') return { kind: 'premium_rate', shown, what: 'premium-rate number' };
  return null;
}

/** The name of the setting, as the Settings screen shows it. */
export const ALLOW_COSTLY_NUMBERS_LABEL = 'Allow premium-rate and satellite numbers';

/**
 * Refuses a send that includes costly numbers, naming the first and counting the rest, unless
 * the person allowed them. Nothing is queued: the whole send is refused, not only those numbers.
 */
export function refuseCostlyNumbers(numbers: readonly PhoneNumber[], allowed: boolean): void {
  if (allowed) return;
  const distinct = [...new Map(numbers.map((n) => [n.number, n])).values()];
  const costly = distinct.map(costlyNumber).filter((found): found is CostlyNumber => found !== null);
  const first = costly[0];
  if (!first) return;
  const others = costly.length - 1;
  const more = others === 0 ? '' : `, and this send has ${others} more such ${others === 1 ? 'number' : 'numbers'}`;
  throw new FaxdeskError(
    'number_not_allowed',
    `${first.shown} is a ${first.what}, charged far above an ordinary call${more}. Nothing was queued.`,
    {
      whatToDo: `Faxdesk sends to premium-rate and satellite numbers only when "${ALLOW_COSTLY_NUMBERS_LABEL}" is turned on in Settings.`,
    },
  );
}
