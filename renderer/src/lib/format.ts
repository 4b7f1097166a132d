/** Display helpers. Numbers are stored in E.164 and shown the way people write them. */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** +12025550100 -> "+1 202 555 0100". */
export function formatNumber(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
