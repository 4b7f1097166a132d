/**
 * Expiring download links for received faxes, standing in for Telnyx's pre-signed S3 URLs:
 * anyone holding the link may download until it expires, with no Authorization header, and
 * a tampered or expired link is refused with 403 as S3 does. The HMAC key is random per
 * sandbox, so links never outlive the instance that issued them.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const INBOUND_MEDIA_PREFIX = '/sandbox-media/inbound/';

export type LinkCheck = 'valid' | 'expired' | 'bad_signature';

export class LinkSigner {
  private readonly key = randomBytes(32);

  /** `origin` is asked for lazily: the port is only known once the server listens. */
  constructor(private readonly origin: () => string) {}

  /** The media_url for a received fax, valid until `expiresAtMs`. */
  inboundMediaUrl(faxId: string, expiresAtMs: number): string {
    const signature = this.sign(faxId, expiresAtMs);
    return `${this.origin()}${INBOUND_MEDIA_PREFIX}${faxId}.pdf?expires=${expiresAtMs}&signature=${signature}`;
  }

  check(faxId: string, expires: string | null, signature: string | null, nowMs: number): LinkCheck {
    if (!expires || !/^\d+$/.test(expires) || !signature) return 'bad_signature';
    const expected = Buffer.from(this.sign(faxId, Number(expires)), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'bad_signature';
    return nowMs < Number(expires) ? 'valid' : 'expired';
  }

  private sign(faxId: string, expiresAtMs: number): string {
    return createHmac('sha256', this.key).update(`${faxId}\n${expiresAtMs}`).digest('hex');
  }
}
