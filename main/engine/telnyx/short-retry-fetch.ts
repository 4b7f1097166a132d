/**
 * The SDK retries reads by itself, and on a 429 it sleeps for as long as Retry-After says —
 * often a minute. Asleep inside one read, the outbox's pass (and a person's click on Cancel)
 * would wait that minute too, with nothing on screen saying why. This fetch lets the SDK retry
 * short pauses as usual, and hands a longer one straight back: the 429 then reaches the outbox,
 * which pauses sending until the time Telnyx gave and says so.
 */
import { retryAfterFrom } from './errors';

/** Pauses up to this long are worth waiting out inside a read. */
export const MAX_READ_RETRY_WAIT_MS = 2_000;

export function shortRetryFetch(fetchImpl: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (response.status !== 429) return response;
    const wait = retryAfterFrom(response.headers);
    if (wait === null || wait <= MAX_READ_RETRY_WAIT_MS) return response;
    // The SDK obeys x-should-retry: false, and answers with the 429 as it came.
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', 'false');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
