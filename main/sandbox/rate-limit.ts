/**
 * A fixed-window request limit with Telnyx's headers (API-NOTES §8): `x-ratelimit-limit`,
 * `x-ratelimit-remaining` and `x-ratelimit-reset` (seconds until the window resets) on every
 * answer, and a 429 with code 10011 plus `Retry-After` once the window is spent. Telnyx does
 * not document Retry-After; the sandbox sends it so clients can exercise both paths.
 */
import { tooManyRequests } from './api-error';

export interface RateLimit {
  requests: number;
  perMs: number;
}

export class RateLimiter {
  private windowStart = 0;
  private used = 0;

  constructor(
    private limit: RateLimit | null,
    private readonly now: () => number,
  ) {}

  configure(limit: RateLimit | null): void {
    this.limit = limit;
    this.used = 0;
    this.windowStart = this.now();
  }

  /**
   * Counts one request. Returns the headers for its answer, or throws the 429 (with the same
   * headers) when the window is spent. Refused requests do not count.
   */
  admit(): Record<string, string> {
    const limit = this.limit;
    if (!limit) return {};
    const now = this.now();
    if (now >= this.windowStart + limit.perMs) {
      this.windowStart = now;
      this.used = 0;
    }
    const resetSeconds = Math.max(1, Math.ceil((this.windowStart + limit.perMs - now) / 1000));
    const allowed = this.used < limit.requests;
    if (allowed) this.used += 1;
    const headers = {
      'x-ratelimit-limit': String(limit.requests),
      'x-ratelimit-remaining': String(Math.max(0, limit.requests - this.used)),
      'x-ratelimit-reset': String(resetSeconds),
    };
    if (!allowed) {
      const error = tooManyRequests('You have exceeded the maximum number of allowed requests.', resetSeconds);
      Object.assign(error.headers, headers);
      throw error;
    }
    return headers;
  }
}
