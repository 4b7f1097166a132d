/**
 * The URL rule every sandbox endpoint applies to a URL it is given (a fax's `media_url` and
 * `webhook_url`, media uploaded from a `media_url`, a fax application's webhook URLs): an
 * absolute http or https URL of at most 2000 characters, the limit of Telnyx's error 10003
 * "Invalid URL" (API-NOTES §8). Telnyx must reach these addresses over HTTP, so other schemes
 * are refused even where the spec only says `format: uri`.
 */
import type { ErrorObject } from './api-error';
import { errorObject } from './api-error';

const MAX_URL_LENGTH = 2000;

export function isHttpUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The 10003 error for the field at `pointer`, e.g. `/webhook_event_url`. */
export function invalidUrl(pointer: string): ErrorObject {
  const name = pointer.replace(/^\//, '');
  return errorObject('10003', 'Invalid URL', `'${name}' must be an http or https URL of at most 2000 characters.`, {
    pointer,
  });
}
