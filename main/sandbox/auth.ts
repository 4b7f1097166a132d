/**
 * Authentication, shaped like Telnyx's: `Authorization: Bearer KEY…` (the current scheme) and
 * the legacy `Authorization: Basic base64(keyId:secret)` (API-NOTES §1). Any key that starts
 * with `KEY` is accepted, except the one marked revoked, so a client can test both outcomes.
 *
 * The app's sandbox is stricter: it is started with one key made for that run and accepts
 * `Bearer <that key>` alone, so another program on this computer cannot use the desk's sandbox
 * (or learn what it holds) by guessing the documented keys.
 *
 * All accepted keys see ONE shared account: the same faxes, media, fax application and
 * numbers. The sandbox simulates a single customer, not Telnyx's multi-tenancy.
 */
import { timingSafeEqual } from 'node:crypto';
import { unauthenticated } from './api-error';

export const SANDBOX_KEYS = {
  /** A ready-made key for "Try without an account". */
  accepted: 'KEY_FAXDESK_SANDBOX',
  /** Looks valid, but answers 401 as a key deleted in the portal would. */
  revoked: 'KEY_REVOKED_0000',
} as const;

function acceptableKey(key: string): boolean {
  // Like telnyx-mock: `KEY` followed by something.
  return /^KEY.+/.test(key) && key !== SANDBOX_KEYS.revoked;
}

/**
 * Throws the Telnyx 401 unless the Authorization header carries an acceptable credential:
 * `Bearer <runKey>` alone when the sandbox was started with a run key, otherwise a `KEY…` key.
 */
export function authenticate(authorization: string | undefined, runKey?: string): void {
  const match = /^(Bearer|Basic)\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw unauthenticated();
  const scheme = match[1]?.toLowerCase();
  const credential = match[2] ?? '';
  if (runKey !== undefined) {
    if (scheme === 'bearer' && sameKey(credential, runKey)) return;
    throw unauthenticated();
  }
  if (scheme === 'bearer' && acceptableKey(credential)) return;
  if (scheme === 'basic') {
    const decoded = Buffer.from(credential, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const keyId = colon === -1 ? '' : decoded.slice(0, colon);
    const secret = colon === -1 ? '' : decoded.slice(colon + 1);
    if (acceptableKey(keyId) && secret.length > 0) return;
  }
  throw unauthenticated();
}

/** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
