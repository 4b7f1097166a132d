/**
 * The fetch the SDK uses, wrapped so that every answer from Telnyx — an error as much as a
 * success — reports its Date header and how long its request took to the clock that keeps
 * Telnyx's time (server-clock.ts). Nothing else about the request or answer changes.
 */
import type { DateObserver } from './server-clock';

export function dateObservingFetch(observer: DateObserver, fetchImpl: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const sentAt = observer.stamp();
    const response = await fetchImpl(input, init);
    observer.observe(response.headers.get('date'), sentAt);
    return response;
  };
}
